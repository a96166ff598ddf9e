/**
 * "09:00" from a slot time, whether the API sends "09:00", "09:00:00" or an ISO date-time; a date-time with a zone
 * is shown in Shanghai time, where every event is held.
 */
export function clock(time: string): string {
  if (/T.*(Z|[+-]\d{2}:?\d{2})$/.test(time) && !Number.isNaN(Date.parse(time)))
    return new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Shanghai',
    }).format(new Date(time));
  const match = /(?:^|T)(\d{2}:\d{2})/.exec(time);
  return match?.[1] ?? time;
}
