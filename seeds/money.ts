/** Money as the API carries it: a string with two decimals, from a number of fen (cents). */
export const yuan = (fen: number): string => {
  const f = Math.round(fen);
  if (f < 0) throw new Error(`negative amount ${f}`);
  return `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;
};

/** Whole yuan, rounded to `step` yuan, as fen. */
export const roundYuan = (amount: number, step = 100): number => Math.max(step, Math.round(amount / step) * step) * 100;
