/**
 * A 经营范围 is a list of items ("磷酸铁锂研发、生产；汽车零配件批发；货物进出口"). Whether an item is about making
 * or only about trading matters: a shop selling 汽车零配件 is not on the auto-parts segment. This marks every
 * character range of the text with its item's activity.
 */
export type Activity = 'making' | 'trade' | 'unknown';

export interface ScopeItem {
  start: number;
  end: number;
  activity: Activity;
}

const CLAUSE = /[；;。\n]/;
const ITEM = /[、，,；;。\n]/;

/**
 * Items of the text with their activity. An item without a verb ("锂电池、电池管理系统的生产") takes the activity of
 * the next item of its clause that has one, else of the previous; making wins over trade within one item
 * ("生产和销售").
 */
export function scopeItems(text: string, making: readonly string[], trade: readonly string[]): ScopeItem[] {
  const items: Array<ScopeItem & { clause: number }> = [];
  let start = 0;
  let clause = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i === text.length || (ch !== undefined && ITEM.test(ch))) {
      if (i > start) {
        const body = text.slice(start, i);
        const activity: Activity = making.some((v) => body.includes(v))
          ? 'making'
          : trade.some((v) => body.includes(v))
            ? 'trade'
            : 'unknown';
        items.push({ start, end: i, activity, clause });
      }
      if (ch !== undefined && CLAUSE.test(ch)) clause++;
      start = i + 1;
    }
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as ScopeItem & { clause: number };
    if (item.activity !== 'unknown') continue;
    const sameClause = items.filter((o) => o.clause === item.clause && o.activity !== 'unknown');
    const next = sameClause.find((o) => o.start > item.start);
    const previous = sameClause.reverse().find((o) => o.start < item.start);
    item.activity = next?.activity ?? previous?.activity ?? 'unknown';
  }
  return items.map(({ start: s, end, activity }) => ({ start: s, end, activity }));
}

/** The activity of the item containing offset `at`. */
export function activityAt(items: readonly ScopeItem[], at: number): Activity {
  for (const item of items) if (at >= item.start && at < item.end) return item.activity;
  return 'unknown';
}
