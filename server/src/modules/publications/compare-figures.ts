import type { FigureValue } from './figure-values';

export interface FigureChange {
  key: string;
  label: string;
  labelEn: string;
  /** As published; null when the number was not in the publication (a community added since). */
  before: FigureValue | null;
  /** As today's data give it; null when it is gone (a community deleted since). */
  after: FigureValue | null;
}

/**
 * A number changed when what the report prints for it changed (withheld or not included): a
 * ratio that moved in its fourth decimal still reads 3.33 in the tabled report, which is
 * still what the data say.
 */
const same = (a: FigureValue, b: FigureValue) => a.display === b.display && a.withheld === b.withheld;

/**
 * The numbers that differ between a publication and today: changed printed values, numbers
 * withheld on one side only, and numbers present on one side only. In the publication's
 * order, then the new ones in today's order.
 */
export function compareFigures(before: FigureValue[], after: FigureValue[]): FigureChange[] {
  const now = new Map(after.map((f) => [f.key, f]));
  const then = new Set(before.map((f) => f.key));
  const changes: FigureChange[] = [];
  for (const b of before) {
    const a = now.get(b.key) ?? null;
    if (!a || !same(a, b)) changes.push({ key: b.key, label: b.label, labelEn: b.labelEn, before: b, after: a });
  }
  for (const a of after.filter((f) => !then.has(f.key)))
    changes.push({ key: a.key, label: a.label, labelEn: a.labelEn, before: null, after: a });
  return changes;
}
