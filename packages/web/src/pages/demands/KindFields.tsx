import { ROADMAP } from '../../api/documents';
import type { CollaborationForm, ScenarioOffering, Technology } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { type MessageKey, useT } from '../../i18n';
import { fieldErrors } from './FieldError';
import type { DemandDraft, DraftErrors } from './validateDemand';

export const OFFERINGS: ScenarioOffering[] = ['LINE', 'ROUTE', 'SITE', 'DATASET', 'OTHER'];
export const COLLABORATION_FORMS: CollaborationForm[] = ['JOINT_RD', 'COMMISSIONED', 'LICENSING', 'TRANSFER'];
const MAX_TECHNOLOGIES = 10;

/**
 * The fields of a SCENARIO (what is opened, where, from when, for how long, support) or an INNOVATION need (problem,
 * target TRL, collaboration form), and the roadmap technologies either wants — those enabling the chosen segment first.
 */
export function KindFields({
  draft,
  errors,
  industryId,
  update,
}: {
  draft: DemandDraft;
  errors: DraftErrors;
  industryId: string;
  update<K extends keyof DemandDraft>(key: K, value: DemandDraft[K]): void;
}) {
  const t = useT();
  const roadmap = useQuery(ROADMAP, { industryId });
  const technologies = roadmap.status === 'ok' ? roadmap.data.roadmap : [];
  const forSegment = (tech: Technology) => (tech.segmentIds.includes(draft.segmentId) ? 0 : 1);
  const sorted = [...technologies].sort((a, b) => forSegment(a) - forSegment(b) || a.id.localeCompare(b.id));
  const { error, described } = fieldErrors(t, errors);
  const text = (key: 'pilotSite' | 'support' | 'availableFrom' | 'durationMonths' | 'targetTrl', label: MessageKey) => (
    <label className="field">
      <span>{t(label)}</span>
      <input
        name={key}
        type={key === 'availableFrom' ? 'date' : 'text'}
        inputMode={key === 'durationMonths' || key === 'targetTrl' ? 'numeric' : undefined}
        value={draft[key]}
        aria-invalid={Boolean(errors[key])}
        aria-describedby={described(key)}
        onChange={(e) => update(key, e.target.value)}
      />
      {error(key)}
    </label>
  );

  return (
    <>
      {draft.kind === 'SCENARIO' && (
        <>
          <div className="field-row">
            <label className="field">
              <span>{t('demandKinds.offering')} *</span>
              <select
                name="offering"
                value={draft.offering}
                aria-invalid={Boolean(errors.offering)}
                aria-describedby={described('offering')}
                onChange={(e) => update('offering', e.target.value)}
              >
                <option value="">{t('demandKinds.choose')}</option>
                {OFFERINGS.map((o) => (
                  <option key={o} value={o}>
                    {t.dyn('offering', o)}
                  </option>
                ))}
              </select>
              {error('offering')}
            </label>
            <div className="grow">{text('pilotSite', 'demandKinds.pilotSite')}</div>
          </div>
          <div className="field-row">
            {text('availableFrom', 'demandKinds.availableFrom')}
            {text('durationMonths', 'demandKinds.durationMonths')}
          </div>
          {text('support', 'demandKinds.support')}
        </>
      )}
      {draft.kind === 'INNOVATION' && (
        <>
          <label className="field">
            <span>{t('demandKinds.problem')} *</span>
            <textarea
              name="problem"
              rows={2}
              value={draft.problem}
              aria-invalid={Boolean(errors.problem)}
              aria-describedby={described('problem')}
              onChange={(e) => update('problem', e.target.value)}
            />
            {error('problem')}
          </label>
          <div className="field-row">
            {text('targetTrl', 'demandKinds.targetTrl')}
            <label className="field">
              <span>{t('demandKinds.collaborationForm')} *</span>
              <select
                name="collaborationForm"
                value={draft.collaborationForm}
                aria-invalid={Boolean(errors.collaborationForm)}
                aria-describedby={described('collaborationForm')}
                onChange={(e) => update('collaborationForm', e.target.value)}
              >
                <option value="">{t('demandKinds.choose')}</option>
                {COLLABORATION_FORMS.map((c) => (
                  <option key={c} value={c}>
                    {t.dyn('collaboration', c)}
                  </option>
                ))}
              </select>
              {error('collaborationForm')}
            </label>
          </div>
        </>
      )}
      <fieldset className="field" data-testid="demand-technologies" aria-describedby={described('wantedTechnologyIds')}>
        <legend>{t('demandKinds.technologies')} *</legend>
        <p className="muted small">{t('demandKinds.technologiesHint')}</p>
        <div className="chips">
          {sorted.map((tech) => (
            <label key={tech.id} className="chip check">
              <input
                type="checkbox"
                value={tech.id}
                checked={draft.wantedTechnologyIds.includes(tech.id)}
                disabled={
                  !draft.wantedTechnologyIds.includes(tech.id) && draft.wantedTechnologyIds.length >= MAX_TECHNOLOGIES
                }
                onChange={(e) =>
                  update(
                    'wantedTechnologyIds',
                    e.target.checked
                      ? [...draft.wantedTechnologyIds, tech.id]
                      : draft.wantedTechnologyIds.filter((id) => id !== tech.id),
                  )
                }
              />
              {t.named(tech)} · {t('demandKinds.trl', { n: tech.trl })}
            </label>
          ))}
        </div>
        {error('wantedTechnologyIds')}
      </fieldset>
    </>
  );
}
