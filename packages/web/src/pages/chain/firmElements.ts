import type { EdgeData, NodeData } from './chainElements';
import type { SegmentFirms } from './firmOverlayDocument';

/** Firms drawn per segment; a segment with more shows these and a "+N" count node that opens the full list. */
export const FIRMS_SHOWN = 12;

/** Chip heights by firm size: larger firms draw taller (widths are one fixed size, so no label is measured). */
const HEIGHT: Record<string, number> = { large: 22, medium: 18, small: 15, micro: 15 };
export const FIRM_WIDTH = 64;
/** Characters of a firm's name on its chip; the full name is in the tooltip and the segment's list. */
const NAME_CHARS = 6;

const shortName = (name: string) => (name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS)}…` : name);

/**
 * The firm overlay's nodes: each drawn leaf segment's top firms (chain leaders first, as the server orders them)
 * and, when it has more than it shows, a `more` node "+N". A firm sits in its segment's group (`parent`) and is
 * anchored to the segment (`anchor`) so the layout puts it under it; segments hidden in a folded group get none.
 */
export function firmElements(
  segmentFirms: readonly SegmentFirms[],
  drawn: readonly NodeData[],
  name: (firm: SegmentFirms['firms'][number]) => string,
  shown = FIRMS_SHOWN,
): Array<{ data: NodeData }> {
  const leaves = new Map(drawn.filter((n) => n.kind === 'leaf').map((n) => [n.id, n]));
  const nodes: Array<{ data: NodeData }> = [];
  for (const { segmentId, firmCount, firms } of segmentFirms) {
    const segment = leaves.get(segmentId);
    if (!segment) continue;
    const place = { anchor: segmentId, ...(segment.parent ? { parent: segment.parent } : {}) };
    for (const firm of firms.slice(0, shown)) {
      const size = firm.size ?? 'micro';
      const fullName = name(firm);
      nodes.push({
        data: {
          id: `firm:${segmentId}:${firm.id}`,
          firmId: firm.id,
          label: `${firm.chainLeader ? '★' : ''}${shortName(fullName)}`,
          fullName,
          kind: 'firm',
          status: segment.status,
          tier: segment.tier,
          key: 0,
          localCount: 0,
          size,
          leader: firm.chainLeader ? 1 : 0,
          width: FIRM_WIDTH,
          height: HEIGHT[size] ?? 15,
          ...place,
        },
      });
    }
    const rest = firmCount - Math.min(shown, firms.length);
    if (rest > 0)
      nodes.push({
        data: {
          id: `more:${segmentId}`,
          label: `+${rest}`,
          kind: 'more',
          more: rest,
          status: segment.status,
          tier: segment.tier,
          key: 0,
          localCount: firmCount,
          width: FIRM_WIDTH,
          height: 15,
          ...place,
        },
      });
  }
  return nodes;
}

/** Firm and count nodes are laid out under their segment, not by the layered layout. */
export const isFirmNode = (node: NodeData): boolean => node.kind === 'firm' || node.kind === 'more';

/** How many firms a set of elements draws (`data-firms` on the map): firm nodes, not "+N" count nodes. */
export const firmsDrawn = (elements: ReadonlyArray<{ data: NodeData | EdgeData }>): number =>
  elements.reduce((n, e) => n + ('kind' in e.data && e.data.kind === 'firm' ? 1 : 0), 0);
