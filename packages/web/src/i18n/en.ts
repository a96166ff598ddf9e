import type { MessageKey } from './zh-CN';

export const en: Record<MessageKey, string> = {
  'app.title': 'Chain Atlas · industry-chain map and supply–demand matching',
  'app.short': 'Chain Atlas',
  'lang.switch': '中文',
  'health.up': 'Graph database connected',
  'health.down': 'Graph database unavailable',
  'health.checking': 'Checking the graph database…',
  'overview.title': 'Seven key industries',
  'overview.subtitle': 'One highlight per industry · two maps and a list',
};
