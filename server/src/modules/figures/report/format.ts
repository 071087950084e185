/** How the report prints numbers; the tests use the same functions to find the figures in the text. */
export const MISSING = '—';

/** A figure withheld from this reader (small-cell suppression, figures/disclosure.ts), as statistical tables mark it. */
export const WITHHELD = '*';

/** `text`, or the withheld mark when `field` of `owner` was suppressed for this reader. */
export const orWithheld = (owner: { suppressed: readonly string[] }, field: string, text: string) =>
  owner.suppressed.includes(field) ? WITHHELD : text;

export const fmtInt = (n: number | null | undefined) => (n === null || n === undefined ? MISSING : String(n));

/** A ratio with up to two decimals (trailing zeros dropped). */
export const fmtNum = (n: number | null | undefined, digits = 2) =>
  n === null || n === undefined ? MISSING : String(Number(n.toFixed(digits)));

export const fmtPercent = (n: number | null | undefined) => (n === null || n === undefined ? MISSING : `${(n * 100).toFixed(1)}%`);

/** Money stays the exact decimal text: "1234.50" → "1,234.50". */
export const fmtMoney = (text: string | null) => {
  if (text === null) return MISSING;
  const [i, f = '00'] = text.replace(/^-/, '').split('.');
  return `${text.startsWith('-') ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f.padEnd(2, '0')}`;
};

/** Population in 万人 (tens of thousands), two decimals. */
export const fmtWan = (n: number) => (n / 10000).toFixed(2);
