import { INDUSTRIES } from '@atlas/domain';
import { useT } from '../i18n';
import { navigate, useLocation, withParams } from '../router/history';
import { type IndustryPage, industryPath } from '../router/routes';

/** Switches industry on an industry page, keeping the page and the radius (a selection belongs to one industry). */
export function IndustrySelect({ industryId, page }: { industryId: string; page: IndustryPage }) {
  const t = useT();
  const location = useLocation();
  return (
    <label className="field-inline">
      <span>{t('industry.label')}</span>
      <select
        data-testid="industry-select"
        value={industryId}
        onChange={(event) =>
          navigate(withParams(location, { segment: null, q: null }, industryPath(event.target.value, page)))
        }
      >
        <IndustryOptions />
      </select>
    </label>
  );
}

/** The seven industries as `<option>`s, named in the current language (every industry picker uses these). */
export function IndustryOptions() {
  const t = useT();
  return (
    <>
      {INDUSTRIES.map((industry) => (
        <option key={industry.id} value={industry.id}>
          {t.named(industry)}
        </option>
      ))}
    </>
  );
}
