import { describe, expect, it } from 'vitest';
import { chainLayers } from './chain-layers';
import { chainSvg } from './chain-svg';
import { sampleReport } from './fixture.test-data';

describe('chain map picture', () => {
  it('draws one node per leaf segment, none for parents', () => {
    const data = sampleReport();
    const { svg } = chainSvg(data, 'zh');
    const drawn = [...svg.matchAll(/<g class="segment" data-segment-id="([^"]+)"/g)].map((m) => m[1]);
    expect(drawn.sort()).toEqual(
      data.segments
        .filter((s) => s.leaf)
        .map((s) => s.id)
        .sort(),
    );
    expect(svg).toContain('车规芯片');
    expect(chainSvg(data, 'en').svg).toContain('Automotive chips');
  });

  it('layers leaves by longest FEEDS path, so every flow points downstream', () => {
    const { layers, edges } = chainLayers(sampleReport().segments, sampleReport().flows);
    expect(layers.map((l) => l.map((s) => s.id))).toEqual([['icv-chip', 'icv-lidar'], ['icv-domain'], ['icv-oem']]);
    const column = new Map(layers.flatMap((l, i) => l.map((s) => [s.id, i] as const)));
    for (const e of edges) expect(column.get(e.to)).toBeGreaterThan(column.get(e.from) ?? Number.POSITIVE_INFINITY);
  });

  it('survives a FEEDS cycle without looping', () => {
    const data = sampleReport({
      flows: [
        { from: 'icv-chip', to: 'icv-lidar' },
        { from: 'icv-lidar', to: 'icv-chip' },
      ],
    });
    expect(chainLayers(data.segments, data.flows).layers.flat()).toHaveLength(4);
  });

  it('escapes markup in names', () => {
    const data = sampleReport();
    const [first] = data.segments.filter((s) => s.leaf);
    if (first) first.name = '<script>&';
    expect(chainSvg(data, 'zh').svg).not.toContain('<script>');
  });
});
