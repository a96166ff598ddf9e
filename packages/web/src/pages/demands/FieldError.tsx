import type { MessageKey, Translate } from '../../i18n';
import type { DemandDraft, DraftErrors } from './validateDemand';

/** A demand field's error line and the `aria-describedby` that points to it; one copy for every kind's fields. */
export function fieldErrors(t: Translate, errors: DraftErrors) {
  const error = (key: keyof DemandDraft) => {
    const message = errors[key];
    return message ? (
      <span className="field-error" id={`demand-${key}-error`}>
        {t(message as MessageKey)}
      </span>
    ) : null;
  };
  const described = (key: keyof DemandDraft) => (errors[key] ? `demand-${key}-error` : undefined);
  return { error, described };
}
