import type { ApiError } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useT } from '../../i18n';

/** A failed event action: what the server said, and what to do about it. */
export function FormError({ error }: { error: ApiError | null }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {t.dyn('error', error.code)}: {errorText(t, error)} {t.dyn('errorHint', error.code)}
    </p>
  );
}
