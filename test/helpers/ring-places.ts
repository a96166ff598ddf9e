/**
 * One place per locality ring — 金山区, elsewhere in Shanghai, the Yangtze River Delta, elsewhere in China, abroad —
 * for tests of the stored locality copies (OPERATES_IN.ring, SUPPLIES.supplierRing) against domain `localityRing`.
 */
export const ONE_PLACE_PER_RING = [
  { key: 'jinshan', province: '上海市', district: '金山区' },
  { key: 'pudong', province: '上海市', district: '浦东新区' },
  { key: 'suzhou', province: '江苏省', district: '昆山市' },
  { key: 'guangdong', province: '广东省', district: '南山区' },
  { key: 'bavaria', province: '巴伐利亚州', country: '德国' },
] as const;

/** The same firms with the one named `id` moved to 金山区 (a move from abroad: ring 4 → 0). */
export function movedToJinshan<T extends { id: string }>(firms: readonly T[], id: string): T[] {
  return firms.map((c) => (c.id === id ? { ...c, country: '中国', province: '上海市', district: '金山区' } : c));
}
