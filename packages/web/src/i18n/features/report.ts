// Messages of one feature, spread into zh-CN.ts and en.ts so features do not edit one long file.
export const zhCN = {} as const;

export const en: Record<keyof typeof zhCN, string> = {};
