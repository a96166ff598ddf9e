/** zh-CN is the product's first language; `en` must have exactly the same keys (a test checks). */
export const zhCN = {
  'app.title': '产业链图谱与“大手拉小手”供需对接平台',
  'app.short': '产业链图谱',
  'lang.switch': 'English',
  'health.up': '图数据库已连接',
  'health.down': '图数据库不可用',
  'health.checking': '正在检查图数据库…',
  'overview.title': '七大重点产业',
  'overview.subtitle': '一业一亮点 · 两图一清单',
} as const;

export type MessageKey = keyof typeof zhCN;
