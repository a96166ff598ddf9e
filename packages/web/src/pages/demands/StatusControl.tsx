import { useState } from 'react';
import { UPDATE_DEMAND_STATUS } from '../../api/demandDocuments';
import { errorText } from '../../api/errorText';
import type { Demand, DemandStatus } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { useT } from '../../i18n';
import { DEMAND_STATUSES } from './DemandBoardPage';

/** The poster moves a demand along OPEN → SHORTLISTED → CONTACTED → CONTRACTED (or closes it). */
export function StatusControl({ demand }: { demand: Demand }) {
  const t = useT();
  const [status, setStatus] = useState<DemandStatus>(demand.status);
  const [update, state] = useMutation(UPDATE_DEMAND_STATUS);
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void update({ id: demand.id, status });
      }}
    >
      <label className="field-inline">
        <span>{t('demand.changeStatus')}</span>
        <select data-testid="demand-status" value={status} onChange={(e) => setStatus(e.target.value as DemandStatus)}>
          {DEMAND_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.dyn('demandStatus', s)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={state.pending || status === demand.status}>
        {t('action.save')}
      </button>
      {state.error && (
        <span className="form-error">
          {t.dyn('error', state.error.code)}: {errorText(t, state.error)}
        </span>
      )}
    </form>
  );
}
