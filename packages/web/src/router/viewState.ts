import type { Radius } from '../api/types';
import { type Location, navigate, useLocation, withParams } from './history';

export const RADII: readonly Radius[] = ['JINSHAN', 'SHANGHAI', 'YRD', 'CHINA', 'WORLD'];

export function radiusOf(location: Location): Radius {
  const value = location.params.get('radius');
  return RADII.find((r) => r === value) ?? 'JINSHAN';
}

/** View state shared by the pages, read from and written to the URL. */
export function useViewState() {
  const location = useLocation();
  return {
    location,
    radius: radiusOf(location),
    selection: location.params.get('segment'),
    /** Sets query parameters; view tweaks replace the history entry, selections add one (Back undoes them). */
    set(changes: Record<string, string | null>, options: { replace?: boolean } = {}) {
      navigate(withParams(location, changes), options);
    },
  };
}
