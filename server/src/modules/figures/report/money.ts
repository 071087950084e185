/**
 * Exact arithmetic on the decimal text PostgreSQL sends for money (numeric(14,2)): in fen,
 * as bigint, so a sum or a year-on-year change of amounts is never a float.
 */
export function toFen(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace(/^-/, '').split('.');
  const fen = BigInt(whole) * 100n + BigInt(`${fraction}00`.slice(0, 2));
  return negative ? -fen : fen;
}

export function fromFen(fen: bigint): string {
  const size = fen < 0n ? -fen : fen;
  return `${fen < 0n ? '-' : ''}${size / 100n}.${String(size % 100n).padStart(2, '0')}`;
}

export const sumMoney = (amounts: string[]): string => fromFen(amounts.reduce((s, a) => s + toFen(a), 0n));

export const subtractMoney = (a: string, b: string): string => fromFen(toFen(a) - toFen(b));
