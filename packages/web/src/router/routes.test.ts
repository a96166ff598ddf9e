import { describe, expect, it } from 'vitest';
import { companyPath, eventPath, industryPath, matchRoute } from './routes';

describe('matchRoute', () => {
  it('knows every page', () => {
    expect(matchRoute('/')).toEqual({ page: 'overview' });
    expect(matchRoute('/industries/icv')).toEqual({ page: 'chain', industryId: 'icv' });
    expect(matchRoute('/industries/icv/gaps')).toEqual({ page: 'gaps', industryId: 'icv' });
    expect(matchRoute('/industries/chem/roadmap/')).toEqual({ page: 'roadmap', industryId: 'chem' });
    expect(matchRoute('/demands')).toEqual({ page: 'demands' });
    expect(matchRoute('/events')).toEqual({ page: 'events' });
    expect(matchRoute('/events/demo-2026')).toEqual({ page: 'event', eventId: 'demo-2026' });
    expect(matchRoute('/review')).toEqual({ page: 'review' });
    expect(matchRoute('/industries/bio/quality')).toEqual({ page: 'quality', industryId: 'bio' });
    expect(matchRoute('/companies/c%2F1')).toEqual({ page: 'company', companyId: 'c/1' });
  });

  it('says notFound for anything else', () => {
    expect(matchRoute('/industries/icv/nope')).toEqual({ page: 'notFound' });
    expect(matchRoute('/what')).toEqual({ page: 'notFound' });
    expect(matchRoute('/events/a/b')).toEqual({ page: 'notFound' });
  });

  it('builds the paths it matches', () => {
    for (const page of ['chain', 'gaps', 'roadmap', 'quality'] as const)
      expect(matchRoute(industryPath('bio', page))).toMatchObject({ page, industryId: 'bio' });
    expect(matchRoute(companyPath('x y'))).toEqual({ page: 'company', companyId: 'x y' });
    expect(matchRoute(eventPath('ev/1'))).toEqual({ page: 'event', eventId: 'ev/1' });
  });
});
