import type { Company, ScoreFactor } from '@atlas/domain';
import { builder } from '../builder';
import { CompanyRef } from './company';

export const ScoreFactorRef = builder.objectRef<ScoreFactor>('ScoreFactor').implement({
  description: 'One factor of an explainable score: contribution = value × weight; contributions sum to the score.',
  fields: (t) => ({
    factor: t.exposeString('factor'),
    value: t.exposeFloat('value'),
    weight: t.exposeFloat('weight'),
    contribution: t.exposeFloat('contribution'),
  }),
});

export interface MatchModel {
  company: Company;
  score: number;
  factors: ScoreFactor[];
}

export const MatchRef = builder.objectRef<MatchModel>('Match').implement({
  description: 'A ranked company with the factors that explain its score.',
  fields: (t) => ({
    company: t.field({ type: CompanyRef, resolve: (m) => m.company }),
    score: t.exposeFloat('score'),
    factors: t.field({ type: [ScoreFactorRef], resolve: (m) => m.factors }),
  }),
});
