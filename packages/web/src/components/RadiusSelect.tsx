import type { Radius } from '../api/types';
import { useT } from '../i18n';
import { DEFAULT_RADIUS, RADII, useViewState } from '../router/viewState';

/** How far "local" reaches; kept in the URL (`?radius=`), so every page and a shared link agree. */
export function RadiusSelect() {
  const t = useT();
  const { radius, set } = useViewState();
  return (
    <label className="field-inline">
      <span>{t('radius.label')}</span>
      <select
        data-testid="radius-select"
        value={radius}
        onChange={(event) => set({ radius: event.target.value === DEFAULT_RADIUS ? null : event.target.value })}
      >
        {RADII.map((r: Radius) => (
          <option key={r} value={r}>
            {t.dyn('radius', r)}
          </option>
        ))}
      </select>
    </label>
  );
}
