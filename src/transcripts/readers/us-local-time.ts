/**
 * A time as en-US `toLocaleString` writes it (`3/5/2026, 7:08:50 PM`), which exporters use for the machine's locale
 * and zone without naming either (Copilot CLI's `/share` title block, opencode's `/export`). Only this form is read:
 * its upper-case AM/PM tells it from the day-first locales that write a 12-hour clock in lower case
 * (`6/3/2026, 11:24:09 pm`). Any other form gives undefined rather than read a day as a month. Newer Node and
 * browsers put a narrow no-break space before AM/PM, so any one space is taken there. The time is local, taken in
 * this machine's zone, as aider's start lines are.
 */
const US_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{1,2}):(\d\d):(\d\d)\s?(AM|PM)$/;

export function usLocalTime(text: string): Date | undefined {
  const m = US_TIME.exec(text.trim());
  if (!m) return undefined;
  const [month, day, year, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || hour! < 1 || hour! > 12) return undefined;
  const h24 = (hour! % 12) + (m[7] === 'PM' ? 12 : 0);
  const d = new Date(year!, month! - 1, day!, h24, minute, second);
  // A day past the month's end (2/31) rolls over in Date: no such day was written.
  return d.getMonth() === month! - 1 && !Number.isNaN(d.getTime()) ? d : undefined;
}
