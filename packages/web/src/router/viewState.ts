import type { Radius } from '../api/types';
import { type Location, navigate, useLocation, withParams } from './history';

export const RADII: readonly Radius[] = ['JINSHAN', 'SHANGHAI', 'YRD', 'CHINA', 'WORLD'];
/** The API's default radius too: a URL without `?radius=` means it. */
export const DEFAULT_RADIUS: Radius = 'JINSHAN';

/**
 * The chain map's "include unreviewed inferences" switch (`?unreviewed=1`): minConfidence 0, else the API's
 * default (undefined: the server's documented 0.5).
 */
export function minConfidenceOf(location: Location): number | undefined {
  return location.params.get('unreviewed') === '1' ? 0 : undefined;
}

export function radiusOf(location: Location): Radius {
  const value = location.params.get('radius');
  return RADII.find((r) => r === value) ?? DEFAULT_RADIUS;
}

/** View state shared by the pages, read from and written to the URL. */
export function useViewState() {
  const location = useLocation();
  return {
    location,
    radius: radiusOf(location),
    selection: location.params.get('segment'),
    minConfidence: minConfidenceOf(location),
    /** Sets query parameters; view tweaks replace the history entry, selections add one (Back undoes them). */
    set(changes: Record<string, string | null>, options: { replace?: boolean } = {}) {
      navigate(withParams(location, changes), options);
    },
  };
}
