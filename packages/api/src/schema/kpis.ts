import type { IndustryKpis } from '@atlas/domain';
import { builder } from '../builder';

/** The KPI strip of an industry card; the field `Industry.kpis(radius)` is defined with Industry. */
export const IndustryKpisRef = builder.objectRef<IndustryKpis>('IndustryKpis').implement({
  description: 'Coverage, key-link coverage, local supporting rate and gap counts of an industry at a radius.',
  fields: (t) => ({
    coverage: t.exposeFloat('coverage'),
    keyLinkCoverage: t.exposeFloat('keyLinkCoverage'),
    localSupportRate: t.exposeFloat('localSupportRate', { nullable: true }),
    segments: t.exposeInt('segments', { description: 'Leaf segments' }),
    missing: t.exposeInt('missing'),
    weak: t.exposeInt('weak'),
    strong: t.exposeInt('strong'),
  }),
});
