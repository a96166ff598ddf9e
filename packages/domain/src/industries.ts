/** The seven key industries of Jinshan's plan (一业一亮点); ids are contract (docs/design.md §1). */
export const INDUSTRIES = [
  { id: 'icv', name: '智能网联新能源汽车', nameEn: 'Intelligent connected new-energy vehicles' },
  { id: 'chem', name: '高端化工新材料', nameEn: 'High-end chemicals & new materials' },
  { id: 'bio', name: '生物制造', nameEn: 'Biomanufacturing' },
  { id: 'lowalt', name: '低空经济', nameEn: 'Low-altitude economy' },
  { id: 'energy', name: '绿色能源与储能', nameEn: 'Green energy & storage' },
  { id: 'software', name: '软件与信息技术', nameEn: 'Software & information technology' },
  { id: 'equip', name: '智能制造与高端装备', nameEn: 'Intelligent manufacturing & high-end equipment' },
] as const;

export type IndustryId = (typeof INDUSTRIES)[number]['id'];

export const INDUSTRY_IDS: readonly IndustryId[] = INDUSTRIES.map((industry) => industry.id);

export function isIndustryId(value: string): value is IndustryId {
  return (INDUSTRY_IDS as readonly string[]).includes(value);
}
