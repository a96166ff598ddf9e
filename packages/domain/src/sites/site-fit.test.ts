import { describe, expect, it } from 'vitest';
import { type SiteRow, siteRowSchema } from './site';
import { siteFit } from './site-fit';
import { HEAVY_FLOOR_LOADING_KN, siteClassOfCode, siteNeedsOf } from './site-needs';

const TODAY = '2026-12-04';

const site = (over: Partial<SiteRow>): SiteRow =>
  siteRowSchema.parse({
    id: 'test.site',
    name: '测试地块',
    parkId: 'park.scip-jinshan',
    kind: 'PLOT',
    area: 50_000,
    use: 'M3',
    energyQuota: 20_000,
    vocsQuota: 50,
    availability: 'AVAILABLE',
    ...over,
  });

const polyolefins = { id: 'chem.polyolefins', industryId: 'chem', gbCodes: ['C2651'] };
const cncMachineTool = { id: 'equip.cnc-machine-tool', industryId: 'equip', gbCodes: ['C3421'] };
const mcu = { id: 'icv.mcu', industryId: 'icv', gbCodes: ['C3973'] };
const os = { id: 'software.os', industryId: 'software', gbCodes: ['I6511'] };

const failed = (result: ReturnType<typeof siteFit>) => result.checks.filter((c) => !c.ok).map((c) => c.code);

describe('siteNeedsOf', () => {
  it('classes codes by GB/T 4754 division, hand-checked', () => {
    expect(siteClassOfCode('C2651')).toBe('hazardousChemistry'); // synthetic resins
    expect(siteClassOfCode('C2710')).toBe('hazardousChemistry'); // chemical APIs
    expect(siteClassOfCode('C2762')).toBe('process'); // biologics: GMP, not 危化品
    expect(siteClassOfCode('C3612')).toBe('vehicleAssembly');
    expect(siteClassOfCode('C3670')).toBe('heavy');
    expect(siteClassOfCode('C3421')).toBe('heavy');
    expect(siteClassOfCode('C3973')).toBe('light');
    expect(siteClassOfCode('G5942')).toBe('hazardousStorage');
    expect(siteClassOfCode('I6511')).toBe('office');
    expect(siteClassOfCode('nonsense')).toBeUndefined();
  });

  it('takes the most demanding class among a segment’s codes and says why', () => {
    const needs = siteNeedsOf({ id: 'bio.organic-acids', industryId: 'bio', gbCodes: ['C1495', 'C2614'] }, 'medium');
    expect(needs.siteClass).toBe('hazardousChemistry');
    expect(needs.chemicalParkOnly).toBe(true);
    expect(needs.reasons[0]).toMatchObject({ code: 'classFromCode', params: { code: 'C2614' } });
    expect(needs.reasons.map((r) => r.text).every((text) => text.endsWith('.'))).toBe(true);
  });

  it('falls back to the industry for a segment without codes: chemistry stays in chemical parks', () => {
    const needs = siteNeedsOf({ id: 'chem.adhesives', industryId: 'chem', gbCodes: [] }, null);
    expect(needs.siteClass).toBe('hazardousChemistry');
    expect(needs.reasons[0]?.code).toBe('classFromIndustry');
    expect(needs.area).toEqual({ min: 500, max: 40_000 });
  });

  it('sizes the area band by the firm’s size and the energy need by the class', () => {
    const needs = siteNeedsOf(polyolefins, 'large');
    expect(needs.area).toEqual({ min: 10_000, max: 300_000 });
    expect(needs.minEnergyQuota).toBe(2_000); // 10,000 m² × 0.2 tce/m²
    expect(siteNeedsOf(os, 'small').minEnergyQuota).toBe(0);
  });
});

describe('siteFit', () => {
  it('a chemical producer never fits a site outside a chemical park, however good the site', () => {
    const needs = siteNeedsOf(polyolefins, 'large');
    const inside = siteFit(site({}), needs, TODAY);
    expect(inside.fits).toBe(true);
    const outside = siteFit(site({ parkId: 'park.zhangyan-industrial-park' }), needs, TODAY);
    expect(outside.fits).toBe(false);
    expect(failed(outside)).toEqual(['notChemicalPark']);
    for (const parkId of ['park.jinshan-industrial-zone', 'park.fengjing-industrial-zone', 'park.bay-biopharma-port'])
      expect(siteFit(site({ parkId }), needs, TODAY).fits).toBe(false);
  });

  it('a 2 t/m² machine never goes on a 5 kN/m² floor, and does on a floor built for it', () => {
    const needs = siteNeedsOf(cncMachineTool, 'medium');
    expect(HEAVY_FLOOR_LOADING_KN).toBeGreaterThanOrEqual(2 * 9.81); // 2 t/m² in kN/m²
    const floor = {
      kind: 'FLOOR' as const,
      use: 'M1' as const,
      floorLevel: 3,
      area: 4_000,
      parkId: 'park.fengjing-industrial-zone',
    };
    const weak = siteFit(site({ ...floor, floorLoading: 5 }), needs, TODAY);
    expect(weak.fits).toBe(false);
    expect(failed(weak)).toEqual(['loadingTooLow']);
    expect(weak.checks[0]?.text).toBe('The floor carries 5 kN/m²; the segment needs at least 20.');
    expect(siteFit(site({ ...floor, floorLoading: 25 }), needs, TODAY).fits).toBe(true);
    // A plot is built for its tenant: no loading to check.
    expect(
      siteFit(site({ kind: 'PLOT', use: 'M1', area: 20_000, parkId: 'park.fengjing-industrial-zone' }), needs, TODAY)
        .fits,
    ).toBe(true);
  });

  it('light electronics fit ordinary floors; R&D only M0', () => {
    const floor = site({
      kind: 'FLOOR',
      use: 'M1',
      floorLevel: 5,
      floorLoading: 5,
      area: 3_000,
      parkId: 'park.new-display',
    });
    expect(siteFit(floor, siteNeedsOf(mcu, 'medium'), TODAY).fits).toBe(true);
    const software = siteFit(floor, siteNeedsOf(os, 'medium'), TODAY);
    expect(failed(software)).toEqual(['useNotPermitted']);
    expect(siteFit({ ...floor, use: 'M0' }, siteNeedsOf(os, 'medium'), TODAY).fits).toBe(true);
  });

  it('lists every failed check first: taken, too small, no quota', () => {
    const needs = siteNeedsOf(polyolefins, 'large');
    const result = siteFit(site({ availability: 'TAKEN', area: 5_000, energyQuota: 100, vocsQuota: 0 }), needs, TODAY);
    expect(failed(result)).toEqual(['availability.TAKEN', 'areaTooSmall', 'energyTooLow', 'noVocsQuota']);
    expect(result.checks.slice(0, 4).every((c) => !c.ok)).toBe(true);
    expect(result.checks.slice(4).every((c) => c.ok)).toBe(true);
  });

  it('scores with explained factors: contributions sum to the score', () => {
    const needs = siteNeedsOf(polyolefins, 'large');
    const now = siteFit(site({}), needs, TODAY);
    expect(now.factors.map((f) => f.factor)).toEqual(['areaFit', 'readiness', 'parkFocus', 'quotaHeadroom']);
    expect(now.score).toBeCloseTo(
      now.factors.reduce((s, f) => s + f.contribution, 0),
      10,
    );
    expect(now.factors.find((f) => f.factor === 'parkFocus')?.value).toBe(1); // SCIP's focus includes chem
    // Half a year away: readiness about 0.5, and a lower score than the same site now.
    const later = siteFit(site({ availableFrom: '2027-06-04' }), needs, TODAY);
    expect(later.fits).toBe(true);
    expect(later.factors.find((f) => f.factor === 'readiness')?.value).toBeCloseTo(1 - 182 / 365, 3);
    expect(later.score).toBeLessThan(now.score);
    // The band's geometric middle (√(10,000 × 300,000) ≈ 54,772 m²) scores areaFit 1.
    expect(siteFit(site({ area: 54_772 }), needs, TODAY).factors[0]?.value).toBeCloseTo(1, 3);
  });
});
