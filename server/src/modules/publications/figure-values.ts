import type { Label } from '../../core/declare';
import { ExpenditureCategory, IncomeSource } from '../budget/enums';
import type { BudgetSummary } from '../figures/budget-summary.type';
import type { KeyCount } from '../figures/overview.type';
import { fmtMoney, fmtNum, fmtPercent, WITHHELD } from '../figures/report/format';
import type { ComparableFigures } from '../figures/report/report-data';
import { INDICATOR_METRICS, NOT_NUMBERS, OVERVIEW_GROUPS, OVERVIEW_METRICS, type Metric, type NumberKind } from './figure-metrics';

/** One number a report printed: where it sits, what it is called, its exact value and how the report shows it. */
export interface FigureValue {
  /** Stable over time: the section, the community's id or the group key, and the field. */
  key: string;
  label: string;
  labelEn: string;
  /** The exact value as text (a decimal amount as its digits); null when missing or withheld. */
  value: string | null;
  /** As the report prints it: "—" when missing, "*" when withheld. */
  display: string;
  withheld: boolean;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A value as text: amounts as their digits, other numbers to 12 significant digits. A sum of
 * floats computed twice from the same rows can differ in its last bits (the order PostgreSQL
 * adds them in is not fixed): 12.080000000000002 is 12.08.
 */
const exact = (v: number | string): string => (typeof v === 'string' ? v : String(Number(v.toPrecision(12))));

const shown = (kind: NumberKind, v: number | string | null): string => {
  if (typeof v === 'string') return fmtMoney(v);
  if (kind === 'percent') return fmtPercent(v);
  // fmtNum prints integers without decimals, so it serves counts as well.
  return fmtNum(v);
};

function figure(key: string, subject: Label, metric: Metric, v: number | string | null, withheld: boolean): FigureValue {
  return {
    key,
    label: `${subject.zh} · ${metric.label.zh}`,
    labelEn: `${subject.en} · ${metric.label.en}`,
    value: withheld || v === null ? null : exact(v),
    display: withheld ? WITHHELD : shown(metric.kind, v),
    withheld,
  };
}

/** The numeric fields of one figures object (an overview or an indicator row), by the metric table; unnamed ones by their name. */
function numbersOf(prefix: string, subject: Label, values: object, metrics: Record<string, Metric>): FigureValue[] {
  const withheld = (values as { suppressed?: string[] }).suppressed ?? [];
  const out: FigureValue[] = [];
  // The declared order, then any other field by name: stored figures are jsonb, which keeps no key order.
  const named = Object.keys(metrics).filter((f) => f in values);
  const others = Object.keys(values)
    .filter((f) => !(f in metrics))
    .sort();
  for (const field of [...named, ...others]) {
    const v = (values as Record<string, unknown>)[field];
    if (NOT_NUMBERS.has(field)) continue;
    const number = v === null || typeof v === 'number' || (typeof v === 'string' && DECIMAL.test(v));
    if (!number) continue;
    const metric = metrics[field] ?? { label: { zh: field, en: field }, kind: typeof v === 'string' ? 'money' : 'num' };
    out.push(figure(`${prefix}.${field}`, subject, metric, v as number | string | null, withheld.includes(field)));
  }
  return out;
}

function groupsOf(subject: Label, overview: ComparableFigures['overview']): FigureValue[] {
  return Object.entries(OVERVIEW_GROUPS).flatMap(([field, group]) =>
    ((overview as unknown as Record<string, KeyCount[] | undefined>)[field] ?? []).map((k) => {
      const value = group.values.labels[k.key] ?? { zh: k.key, en: k.key };
      const metric: Metric = { label: { zh: `${group.label.zh}·${value.zh}`, en: `${group.label.en}: ${value.en}` }, kind: 'int' };
      return figure(`overview.${field}.${k.key}`, subject, metric, k.count, k.suppressed);
    }),
  );
}

/** The budget lines the report prints: income by source, expenditure by category, and the year's totals. */
function budgetOf(subject: Label, d: ComparableFigures): FigureValue[] {
  const line = (s: BudgetSummary, direction: 'INCOME' | 'EXPENDITURE', key: 'source' | 'category') => {
    const labels = key === 'source' ? IncomeSource.labels : ExpenditureCategory.labels;
    const amount = direction === 'INCOME' ? 'income' : 'expenditure';
    return s.rows
      .filter((r) => r.direction === direction && r[key] !== null)
      .map((r) => {
        const name = (labels as Record<string, Label>)[r[key]!] ?? { zh: r[key]!, en: r[key]! };
        const metric: Metric = { label: { zh: `${name.zh}(元)`, en: `${name.en} (CNY)` }, kind: 'money' };
        return figure(`budget.${amount}.${r[key]}`, subject, metric, r[amount], r.suppressed);
      });
  };
  const totals = d.incomeBySource.totals;
  const total = (field: 'income' | 'expenditure' | 'balance', zh: string, en: string) =>
    figure(`budget.${field}`, subject, { label: { zh, en }, kind: 'money' }, totals[field], totals.suppressed);
  return [
    total('income', '经费收入合计(元)', 'Income in all (CNY)'),
    total('expenditure', '经费支出合计(元)', 'Expenditure in all (CNY)'),
    total('balance', '结余(元)', 'Balance (CNY)'),
    ...line(d.incomeBySource, 'INCOME', 'source'),
    ...line(d.expenditureByCategory, 'EXPENDITURE', 'category'),
  ];
}

/**
 * Every number of a report's figures, in the report's order: 基本情况 (overview), the year's
 * totals of the scope, the budget, then each community's row of the appendix. Works on
 * figures as stored in a publication (JSON) as well as on today's.
 */
export function figureValues(d: ComparableFigures): FigureValue[] {
  const scope = (zh: string, en: string): Label => ({
    zh: `${d.scopeName} · ${zh}`,
    en: `${d.serviceCenterId ? d.scopeName : 'City'} · ${en}`,
  });
  // The overview and the year's indicators both count population and workers, at different dates: the section tells them apart.
  const overview = scope('基本情况', 'Overview');
  return [
    ...numbersOf('overview', overview, d.overview, OVERVIEW_METRICS),
    ...groupsOf(overview, d.overview),
    ...numbersOf('totals', scope(`${d.year}年指标`, `${d.year} indicators`), d.totals, INDICATOR_METRICS),
    ...budgetOf(scope('经费', 'Budget'), d),
    ...d.communities.flatMap((c) =>
      numbersOf(`community.${c.communityId}`, { zh: `${c.name}(${c.code})`, en: `${c.name} (${c.code})` }, c, INDICATOR_METRICS),
    ),
  ];
}
