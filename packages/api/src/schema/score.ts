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
  /** Buyer matches: the open demand behind the match (null for a chain-leader opening). */
  demandId?: string | null;
  /** Buyer matches: the segment the buyer needs. */
  segmentId?: string | null;
}

export const MatchRef = builder.objectRef<MatchModel>('Match').implement({
  description: 'A ranked company with the factors that explain its score.',
  fields: (t) => ({
    company: t.field({ type: CompanyRef, resolve: (m) => m.company }),
    score: t.exposeFloat('score'),
    factors: t.field({ type: [ScoreFactorRef], resolve: (m) => m.factors }),
    demandId: t.id({
      nullable: true,
      description: 'Buyer matches: the open demand behind the match; null for a chain-leader opening.',
      resolve: (m) => m.demandId ?? null,
    }),
    segmentId: t.id({
      nullable: true,
      description: 'Buyer matches: the segment the buyer needs.',
      resolve: (m) => m.segmentId ?? null,
    }),
  }),
});
