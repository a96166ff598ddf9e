import { useEffect, useState } from 'react';
import { gql } from '../../api/client';
import { SEGMENT_PLATFORMS } from '../../api/platformDocuments';
import type { PlatformMark } from '../../api/platformTypes';

// One request per industry for every mark on a page (a gap list has dozens of rows): the platforms are reviewed
// reference data that change only when the data files are reloaded, so a page session keeps them.
const byIndustry = new Map<string, Promise<PlatformMark[]>>();

function platformsOf(industryId: string): Promise<PlatformMark[]> {
  let found = byIndustry.get(industryId);
  if (!found) {
    found = gql<{ servicePlatforms: PlatformMark[] }>(SEGMENT_PLATFORMS, { industryId }).then(
      (d) => d.servicePlatforms,
    );
    // A failed load is tried again by the next view rather than remembered.
    found.catch(() => byIndustry.delete(industryId));
    byIndustry.set(industryId, found);
  }
  return found;
}

/** The platforms serving a segment or, for a parent, one of its leaves. */
export function supportingPlatforms(platforms: readonly PlatformMark[], segmentId: string): PlatformMark[] {
  return platforms.filter((p) => p.segments.some((s) => s.id === segmentId || s.parentId === segmentId));
}

/** The industry's platforms for the marks; null until loaded (or when they cannot be: the marks are extra). */
export function usePlatformMarks(industryId: string): PlatformMark[] | null {
  const [state, setState] = useState<{ industryId: string; platforms: PlatformMark[] } | null>(null);
  useEffect(() => {
    let live = true;
    platformsOf(industryId).then(
      (platforms) => live && setState({ industryId, platforms }),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [industryId]);
  return state?.industryId === industryId ? state.platforms : null;
}
