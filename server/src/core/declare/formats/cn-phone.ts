/**
 * Mainland phone numbers as staff type them, stored in one form so they can be searched
 * and compared: a mobile as its 11 digits (1[3-9] and 9 more, no +86, no spaces or dashes),
 * a landline as `0<area>-<number>[-<extension>]` (area code 0 plus 2 or 3 digits: 010 and
 * 02x have two, the rest three; 7 or 8 digits; e.g. 010-12345678-123).
 */

const MOBILE = /^1[3-9]\d{9}$/;
// Compact: no spaces or brackets; dashes kept where typed. 转 / ext introduce an extension.
const LANDLINE = /^(0(?:[12]\d|[3-9]\d{2}))-?([1-9]\d{6,7})(?:(?:-|转|ext\.?|#)(\d{1,6}))?$/i;

const compact = (value: string) => value.trim().replace(/[\s()（）]/g, '');

/** The stored form of a number that parses, or undefined. */
function parse(value: string): string | undefined {
  const c = compact(value);
  const mobile = c.replace(/^(?:\+86|0086)-?/, '').replace(/-/g, '');
  if (MOBILE.test(mobile)) return mobile;
  const landline = LANDLINE.exec(c);
  if (landline) return `${landline[1]}-${landline[2]}${landline[3] ? `-${landline[3]}` : ''}`;
  return undefined;
}

/** The stored form (see above); a value that does not parse is kept as typed, trimmed, for the problem to name. */
export const normaliseCnPhone = (value: string): string => parse(value) ?? value.trim();

/** What is wrong, if anything: said in the terms staff know (手机 / 座机). */
export function cnPhoneProblem(value: string): string | undefined {
  if (parse(value)) return undefined;
  const digits = compact(value)
    .replace(/^(?:\+86|0086)/, '')
    .replace(/-/g, '');
  if (/^1\d{10}$/.test(digits)) return 'a mobile number (手机) starts 13 to 19';
  if (/^1\d*$/.test(digits)) return `a mobile number (手机) has 11 digits (got ${digits.length})`;
  if (/^0\d+/.test(digits))
    return 'a landline (座机) is 0, a 2- or 3-digit area code, then 7 or 8 digits (e.g. 010-12345678 or 0755-1234567-123)';
  return 'must be a mainland mobile (11 digits, +86 allowed) or a landline with its area code (e.g. 010-12345678-123)';
}

/**
 * How a stored number is shown (the console): a mobile in groups of 3-4-4 (138 1234 5678),
 * a landline as stored with its extension after 转. Anything else is shown as it is.
 */
export function displayCnPhone(stored: string): string {
  if (MOBILE.test(stored)) return `${stored.slice(0, 3)} ${stored.slice(3, 7)} ${stored.slice(7)}`;
  const landline = /^(0\d{2,3})-(\d{7,8})(?:-(\d{1,6}))?$/.exec(stored);
  if (landline) return `${landline[1]}-${landline[2]}${landline[3] ? ` 转 ${landline[3]}` : ''}`;
  return stored;
}
