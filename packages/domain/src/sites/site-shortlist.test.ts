import { describe, expect, it } from 'vitest';
import type { Site } from './site';
import { type CheckedSite, siteShortlist } from './site-shortlist';

const checked = (id: string, fits: boolean, availability: Site['availability'] = 'AVAILABLE'): CheckedSite => ({
  site: { id, availability } as Site,
  fits,
  checks: [],
  score: 0,
  factors: [],
});
const ids = (list: CheckedSite[]) => list.map((c) => c.site.id);

describe('siteShortlist', () => {
  it('shows only the fitting sites when some fit', () => {
    const ranked = [checked('a', true), checked('b', true), checked('c', false), checked('d', false)];
    expect(ids(siteShortlist(ranked, true))).toEqual(['a', 'b']);
    expect(ids(siteShortlist(ranked, false))).toEqual(['a', 'b']);
  });

  it('shows at most the 3 closest non-fitting sites when none fits', () => {
    const ranked = ['a', 'b', 'c', 'd', 'e'].map((id) => checked(id, false));
    expect(ids(siteShortlist(ranked, true))).toEqual(['a', 'b', 'c']);
  });

  it('never shows a TAKEN site to a reader who is not district-wide; district-wide readers see it', () => {
    const ranked = [checked('taken', false, 'TAKEN'), checked('b', false, 'RESERVED'), checked('c', false)];
    expect(ids(siteShortlist(ranked, false))).toEqual(['b', 'c']);
    expect(ids(siteShortlist(ranked, true))).toEqual(['taken', 'b', 'c']);
  });

  it('shows nothing when the inventory is empty', () => {
    expect(siteShortlist([], false)).toEqual([]);
  });
});
