import { describe, expect, it } from 'vitest';
import { fitViewport } from './fitViewport';

const options = { padding: 20, minZoom: 0.1, maxZoom: 2 };

describe('fitViewport', () => {
  it('shows every box, label room included, centred inside the padding', () => {
    const boxes = [
      { x: 0, y: 0, width: 100, height: 50 },
      { x: 900, y: 400, width: 100, height: 50, labelAbove: 20 },
    ];
    const view = fitViewport(boxes, { width: 520, height: 320 }, options);
    // Content spans x -50..950 (1000) and y -25..425 (450): width bounds the zoom at (520 - 40) / 1000.
    expect(view?.zoom).toBeCloseTo(0.48);
    const screen = (x: number, y: number) => ({
      x: x * (view?.zoom ?? 0) + (view?.pan.x ?? 0),
      y: y * (view?.zoom ?? 0) + (view?.pan.y ?? 0),
    });
    expect(screen(-50, 0).x).toBeCloseTo(20);
    expect(screen(950, 0).x).toBeCloseTo(500);
    expect((screen(0, -25).y + screen(0, 425).y) / 2).toBeCloseTo(160);
  });

  it('does not blow a small chain up past the largest zoom, and centres it', () => {
    const view = fitViewport([{ x: 10, y: 10, width: 20, height: 20 }], { width: 400, height: 300 }, options);
    expect(view?.zoom).toBe(2);
    expect(view?.pan).toEqual({ x: 200 - 2 * 10, y: 150 - 2 * 10 });
  });

  it('gives up on nothing to show or a canvas without size', () => {
    expect(fitViewport([], { width: 400, height: 300 }, options)).toBeNull();
    expect(fitViewport([{ x: 0, y: 0, width: 10, height: 10 }], { width: 0, height: 0 }, options)).toBeNull();
  });
});
