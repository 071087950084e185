import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../server/src/modules/publications/compare-figures';
import type { FigureValue } from '../../server/src/modules/publications/figure-values';

const f = (key: string, value: string | null, display = value ?? '—', withheld = false): FigureValue => ({
  key,
  label: key,
  labelEn: key,
  value,
  display,
  withheld,
});

describe('compareFigures', () => {
  it('reports what the report would print differently, and numbers on one side only', () => {
    const before = [f('a', '12.08'), f('b', '3.3333', '3.33'), f('c', '5'), f('d', null, '*', true), f('gone', '1')];
    const after = [f('a', '12.08'), f('b', '3.3334', '3.33'), f('c', '6'), f('d', '2'), f('new', '7')];
    expect(compareFigures(before, after).map((c) => [c.key, c.before?.display ?? null, c.after?.display ?? null])).toEqual([
      ['c', '5', '6'],
      ['d', '*', '2'],
      ['gone', '1', null],
      ['new', null, '7'],
    ]);
  });
});
