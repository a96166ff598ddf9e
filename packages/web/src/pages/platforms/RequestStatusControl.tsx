import { errorText } from '../../api/errorText';
import type { SchemaType } from '../../api/graphql';
import { UPDATE_SERVICE_REQUEST_STATUS } from '../../api/platformDocuments';
import { useMutation } from '../../api/useMutation';
import { useT } from '../../i18n';

// The same moves as the domain's SERVICE_REQUEST_TRANSITIONS (the server refuses any other).
const NEXT: Record<string, SchemaType<'ServiceRequestStatus'>[]> = {
  OPEN: ['ANSWERED', 'CLOSED'],
  ANSWERED: ['CLOSED'],
  CLOSED: [],
};

/** The promotion office marks a request answered or closed. */
export function RequestStatusControl({ requestId, status }: { requestId: string; status: string }) {
  const t = useT();
  const [update, state] = useMutation(UPDATE_SERVICE_REQUEST_STATUS);
  const next = NEXT[status] ?? [];
  if (next.length === 0) return null;
  return (
    <span className="inline-form">
      {next.map((to) => (
        <button
          key={to}
          type="button"
          className="ghost small"
          data-testid={`request-${to.toLowerCase()}`}
          disabled={state.pending}
          onClick={() => void update({ id: requestId, status: to })}
        >
          {t.dyn('platforms.markAs', to)}
        </button>
      ))}
      {state.error && (
        <span className="form-error" role="alert">
          {t.dyn('error', state.error.code)}: {errorText(t, state.error)}
        </span>
      )}
    </span>
  );
}
