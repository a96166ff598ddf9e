// Messages of one feature, spread into zh-CN.ts and en.ts so features do not edit one long file.
export const zhCN = {
  'report.heading': '报告',
  'report.pdf': '产业链报告（PDF）',
  'report.docx': '产业链报告（Word）',
} as const;
