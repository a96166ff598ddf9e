import { type FormEvent, useState } from 'react';
import { POST_DEMAND } from '../../api/demandDocuments';
import { CHAIN_MAP } from '../../api/documents';
import { errorText } from '../../api/errorText';
import type { Demand } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { useQuery } from '../../api/useQuery';
import { IndustryOptions } from '../../components/IndustrySelect';
import { useT } from '../../i18n';
import { RADII } from '../../router/viewState';
import { parentIdsOf } from '../chain/chainElements';
import { DEMAND_KINDS } from './DemandKindFacts';
import { fieldErrors } from './FieldError';
import { KindFields } from './KindFields';
import { type DemandDraft, type DraftErrors, EMPTY_DRAFT, validateDemand } from './validateDemand';

export const CERTIFICATIONS = ['ISO 9001', 'IATF 16949', 'ISO 14001', 'ISO 13485', 'GMP', 'AS9100'];

/** A chain leader posts a demand; fields are checked as typed and again by the API. */
export function DemandForm({ onPosted, onCancel }: { onPosted(demand: Demand): void; onCancel(): void }) {
  const t = useT();
  const [industryId, setIndustryId] = useState('icv');
  const [draft, setDraft] = useState<DemandDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<DraftErrors>({});
  const chain = useQuery(CHAIN_MAP, { industryId, radius: 'JINSHAN' });
  const [post, state] = useMutation(POST_DEMAND);
  const parents = chain.status === 'ok' ? parentIdsOf(chain.data.chainMap) : new Set<string>();
  const leaves = chain.status === 'ok' ? chain.data.chainMap.segments.filter((s) => !parents.has(s.id)) : [];

  const update = <K extends keyof DemandDraft>(key: K, value: DemandDraft[K]) => {
    setDraft({ ...draft, [key]: value });
    if (errors[key]) setErrors({ ...errors, [key]: undefined });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateDemand(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const data = await post({ input: result.input });
    if (data) onPosted(data.postDemand);
  };
  const { error, described } = fieldErrors(t, errors);

  return (
    <form className="panel demand-form" data-testid="demand-form" onSubmit={submit} noValidate>
      <h2>{t('demand.postTitle')}</h2>
      <label className="field">
        <span>{t('demandKind.label')}</span>
        <select
          name="kind"
          data-testid="demand-kind"
          value={draft.kind}
          onChange={(e) => update('kind', e.target.value as DemandDraft['kind'])}
        >
          {DEMAND_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.dyn('demandKind', k)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('demand.title')} *</span>
        <input
          name="title"
          value={draft.title}
          aria-invalid={Boolean(errors.title)}
          aria-describedby={described('title')}
          onChange={(e) => update('title', e.target.value)}
        />
        {error('title')}
      </label>
      <div className="field-row">
        <label className="field">
          <span>{t('industry.label')}</span>
          <select
            name="industry"
            value={industryId}
            onChange={(e) => {
              setIndustryId(e.target.value);
              update('segmentId', '');
            }}
          >
            <IndustryOptions />
          </select>
        </label>
        <label className="field grow">
          <span>{t('demand.segment')} *</span>
          <select
            name="segmentId"
            value={draft.segmentId}
            aria-invalid={Boolean(errors.segmentId)}
            aria-describedby={described('segmentId')}
            onChange={(e) => update('segmentId', e.target.value)}
          >
            <option value="">{chain.status === 'loading' ? t('state.loading') : t('demand.chooseSegment')}</option>
            {leaves.map((s) => (
              <option key={s.id} value={s.id}>
                {t.named(s)}
              </option>
            ))}
          </select>
          {error('segmentId')}
        </label>
      </div>
      {draft.kind !== 'ORDER' && <KindFields draft={draft} errors={errors} industryId={industryId} update={update} />}
      <div className="field-row">
        {draft.kind === 'ORDER' && (
          <>
            <label className="field">
              <span>{t('demand.quantity')}</span>
              <input
                name="quantity"
                inputMode="decimal"
                value={draft.quantity}
                aria-invalid={Boolean(errors.quantity)}
                aria-describedby={described('quantity')}
                onChange={(e) => update('quantity', e.target.value)}
              />
              {error('quantity')}
            </label>
            <label className="field">
              <span>{t('demand.unit')}</span>
              <input name="unit" value={draft.unit} onChange={(e) => update('unit', e.target.value)} />
              {error('unit')}
            </label>
          </>
        )}
        {draft.kind !== 'SCENARIO' && (
          <label className="field">
            <span>{t('demand.budget')}</span>
            <input
              name="budget"
              inputMode="decimal"
              value={draft.budget}
              aria-invalid={Boolean(errors.budget)}
              aria-describedby={described('budget')}
              onChange={(e) => update('budget', e.target.value)}
            />
            {error('budget')}
          </label>
        )}
      </div>
      <div className="field-row">
        <label className="field">
          <span>{t('demand.radius')}</span>
          <select
            name="radius"
            value={draft.radius}
            onChange={(e) => update('radius', e.target.value as DemandDraft['radius'])}
          >
            {RADII.map((r) => (
              <option key={r} value={r}>
                {t.dyn('radius', r)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('demand.expiresAt')}</span>
          <input
            name="expiresAt"
            type="date"
            value={draft.expiresAt}
            aria-invalid={Boolean(errors.expiresAt)}
            aria-describedby={described('expiresAt')}
            onChange={(e) => update('expiresAt', e.target.value)}
          />
          {error('expiresAt')}
        </label>
      </div>
      {draft.kind === 'ORDER' && (
        <fieldset className="field">
          <legend>{t('demand.requiredCerts')}</legend>
          <div className="chips">
            {CERTIFICATIONS.map((cert) => (
              <label key={cert} className="chip check">
                <input
                  type="checkbox"
                  checked={draft.requiredCerts.includes(cert)}
                  onChange={(e) =>
                    update(
                      'requiredCerts',
                      e.target.checked ? [...draft.requiredCerts, cert] : draft.requiredCerts.filter((c) => c !== cert),
                    )
                  }
                />
                {cert}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <label className="field">
        <span>{t('demand.description')}</span>
        <textarea
          name="description"
          rows={3}
          value={draft.description}
          onChange={(e) => update('description', e.target.value)}
        />
        {error('description')}
      </label>
      {state.error && (
        <p className="form-error" role="alert">
          {t.dyn('error', state.error.code)}: {errorText(t, state.error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="primary" disabled={state.pending}>
          {state.pending ? t('state.working') : t('demand.submit')}
        </button>
      </div>
    </form>
  );
}
