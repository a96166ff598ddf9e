import type { SegmentStatus } from './analytics/status';
import type { OutcomeStep } from './enterprise/interest-outcome';
import type { MeetingOutcome, MeetingResponse } from './events/model';

/**
 * How a code reads to a person, for files the server writes (the schedule workbook, exports): a Chinese reader
 * expects 已接受 / 已报价, not ACCEPTED / QUOTED. One map, so every file says the same; the web's own copies of these
 * words live in its i18n files, as the web shows them in its own places.
 */
export type LabelLang = 'zh' | 'en';

interface CodeLabels {
  meetingResponse: Record<MeetingResponse, string>;
  meetingOutcome: Record<MeetingOutcome, string>;
  outcomeStep: Record<OutcomeStep, string>;
  segmentStatus: Record<SegmentStatus, string>;
}

export const CODE_LABELS: Record<LabelLang, CodeLabels> = {
  zh: {
    meetingResponse: { PENDING: '待确认', ACCEPTED: '已接受', DECLINED: '已婉拒' },
    meetingOutcome: {
      NONE: '未记录',
      FOLLOW_UP: '继续跟进',
      QUOTE_REQUESTED: '已询价',
      CONTRACT_SIGNED: '已签约',
      NO_FIT: '不匹配',
    },
    outcomeStep: {
      INTERESTED: '有意向',
      CONTACTED: '已联系',
      QUOTED: '已报价',
      CONTRACTED: '已签约',
      DELIVERED: '已交付',
      LOST: '未成交',
    },
    segmentStatus: { MISSING: '缺失', WEAK: '薄弱', STRONG: '优势' },
  },
  en: {
    meetingResponse: { PENDING: 'pending', ACCEPTED: 'accepted', DECLINED: 'declined' },
    meetingOutcome: {
      NONE: 'not recorded',
      FOLLOW_UP: 'follow up',
      QUOTE_REQUESTED: 'quote requested',
      CONTRACT_SIGNED: 'contract signed',
      NO_FIT: 'no fit',
    },
    outcomeStep: {
      INTERESTED: 'interested',
      CONTACTED: 'contacted',
      QUOTED: 'quoted',
      CONTRACTED: 'contracted',
      DELIVERED: 'delivered',
      LOST: 'lost',
    },
    segmentStatus: { MISSING: 'missing', WEAK: 'weak', STRONG: 'strong' },
  },
};

/** The label of `code` in `kind`, or the code itself when the map does not know it (data newer than the map). */
export function codeLabel<K extends keyof CodeLabels>(lang: LabelLang, kind: K, code: string): string {
  return (CODE_LABELS[lang][kind] as Record<string, string>)[code] ?? code;
}
