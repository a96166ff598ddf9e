import { FONT } from './chainStyle';

let context: CanvasRenderingContext2D | null = null;

/** Width of a one-line label in the chain map's font, measured once per text. */
export function measureLabel(text: string, size = 12): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * size;
  context.font = `${size}px ${FONT}`;
  return context.measureText(text).width;
}
