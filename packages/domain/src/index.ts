export { assert, err, ok, type Result } from './control';
export { INDUSTRIES, INDUSTRY_IDS, type IndustryId, isIndustryId } from './industries';
export { exhaustive, isLocalAt, type Location, RADII, type Radius, YRD_PROVINCES } from './radius';
