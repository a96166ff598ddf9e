// Messages of the chain map's firm overlay ("show firms", issue #15 item 2), spread into zh-CN.ts and en.ts.
export const zhCN = {
  'firmOverlay.show': '显示企业',
  'firmOverlay.hint': '在各环节下显示所选范围内的本地企业：链主与规模较大者优先，每个环节最多 {n} 家，其余以“+N”表示',
  'firmOverlay.loading': '正在加载企业…',
  'firmOverlay.error': '企业未能加载',
  'firmOverlay.leader': '链主企业',
  'firmOverlay.more': '另有 {n} 家企业',
  'firmOverlay.openList': '点击查看本环节企业名单',
  'firmOverlay.listAll': '查看全部 {n} 家',
  'firmOverlay.page': '第 {page} / {pages} 页',
  'firmOverlay.previous': '上一页',
  'firmOverlay.next': '下一页',
};

export const en: Record<keyof typeof zhCN, string> = {
  'firmOverlay.show': 'Show firms',
  'firmOverlay.hint':
    'Puts the local firms at the chosen radius under their segments: chain leaders and larger firms first, at most {n} per segment, the rest as "+N"',
  'firmOverlay.loading': 'Loading firms…',
  'firmOverlay.error': 'The firms could not be loaded',
  'firmOverlay.leader': 'Chain leader',
  'firmOverlay.more': '{n} more firms',
  'firmOverlay.openList': "Click for the segment's list of firms",
  'firmOverlay.listAll': 'See all {n}',
  'firmOverlay.page': 'Page {page} of {pages}',
  'firmOverlay.previous': 'Previous',
  'firmOverlay.next': 'Next',
};
