/** How the report prints numbers; the tests use the same functions to find the figures in the text. */
export const MISSING = '—';

export const fmtInt = (n: number | null | undefined) => (n === null || n === undefined ? MISSING : String(n));

/** A ratio with up to two decimals (trailing zeros dropped). */
export const fmtNum = (n: number | null | undefined, digits = 2) =>
  n === null || n === undefined ? MISSING : String(Number(n.toFixed(digits)));

export const fmtPercent = (n: number | null | undefined) => (n === null || n === undefined ? MISSING : `${(n * 100).toFixed(1)}%`);

/** Money stays the exact decimal text: "1234.50" → "1,234.50". */
export const fmtMoney = (text: string) => {
  const [i, f = '00'] = text.replace(/^-/, '').split('.');
  return `${text.startsWith('-') ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f.padEnd(2, '0')}`;
};

/** Population in 万人 (tens of thousands), two decimals. */
export const fmtWan = (n: number) => (n / 10000).toFixed(2);
