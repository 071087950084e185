import type { Block } from './document';
import { fmtInt, fmtMoney, fmtNum, fmtPercent, MISSING, WITHHELD } from './format';
import { fromFen, toFen } from './money';
import type { ReportData } from './report-data';
import { NOT_COMPARED, TREND_MEASURES, type TrendMeasure } from './trend-measures';
import type { YearFigures } from './year-figures';

/** The report's own year as the trends see it: the same figures the basic section prints. */
export const currentYear = (d: ReportData): YearFigures => ({
  year: d.year,
  overview: d.overview,
  totals: d.totals,
  money: d.incomeBySource.totals,
});

/** A measure's value as printed: the withheld mark, "—" when the year has no such records, or the number. */
export function printed(m: TrendMeasure, y: YearFigures): string {
  if (!m.recorded(y)) return MISSING;
  if (m.withheld(y)) return WITHHELD;
  const v = m.value(y);
  switch (m.kind) {
    case 'count':
      return fmtInt(v as number | null);
    case 'average':
      return fmtNum(v as number | null);
    case 'money':
      return fmtMoney(v as string | null);
    case 'share':
      return fmtPercent(v as number | null);
  }
}

const pct = (change: number, base: number) => `${change > 0 ? '增长' : '下降'}${((Math.abs(change) / base) * 100).toFixed(1)}%`;

/** 同比增减 of two known values, as the source report words it; exact for money, in 百分点 for a share. */
export function change(m: TrendMeasure, now: number | string, before: number | string): string {
  if (m.kind === 'money') {
    const diff = toFen(now as string) - toFen(before as string);
    if (diff === 0n) return '与上年持平';
    const base = Number(toFen(before as string));
    return `同比${diff > 0n ? '增加' : '减少'}${fmtMoney(fromFen(diff < 0n ? -diff : diff))}元${m.relative && base > 0 ? `,${pct(Number(diff), base)}` : ''}`;
  }
  const diff = (now as number) - (before as number);
  if (m.kind === 'share') {
    const points = Math.abs(diff * 100).toFixed(1);
    return points === '0.0' ? '与上年持平' : `同比${diff > 0 ? '上升' : '下降'}${points}个百分点`;
  }
  const size = m.kind === 'count' ? String(Math.abs(diff)) : fmtNum(Math.abs(diff));
  if (size === '0') return '与上年持平';
  return `同比${diff > 0 ? '增加' : '减少'}${size}${m.unit}${m.relative && (before as number) > 0 ? `,${pct(diff, before as number)}` : ''}`;
}

/** One measure against the year before: "居民议事会议52次(上年49次,同比增加3次,增长6.1%)". */
export function compared(m: TrendMeasure, now: YearFigures, before: YearFigures): string {
  const unit = m.kind === 'share' ? '' : m.unit;
  const [a, b] = [printed(m, now), printed(m, before)];
  const known = !m.withheld(now) && !m.withheld(before) && m.value(now) !== null && m.value(before) !== null;
  return `${m.label}${a}${unit}(上年${b}${unit}${known ? `,${change(m, m.value(now)!, m.value(before)!)}` : ''})`;
}

/**
 * 同比 after 基本情况: each number that has a year, against the year before where both
 * years have its records; then the last five years of the same numbers as a table.
 */
export function trendsSection(d: ReportData): Block[] {
  const now = currentYear(d);
  const before = d.history.at(-1);
  const comparable = before ? TREND_MEASURES.filter((m) => m.recorded(now) && m.recorded(before)) : [];
  const years = [...d.history, now];
  const paragraph: Block = {
    kind: 'paragraph',
    text:
      (comparable.length
        ? `与上年同比,${d.year}年${comparable.map((m) => compared(m, now, before!)).join(';')}。` +
          // A running year is compared with a whole one: say so, since its counts are still growing.
          (d.asOf < `${d.year}-12-31` ? `本年数据截至${d.asOf},上年为全年数据。` : '')
        : `${d.year - 1}年没有可比数据,不作同比。`) + NOT_COMPARED,
  };
  if (!d.history.some((y) => TREND_MEASURES.some((m) => m.recorded(y)))) return [paragraph];
  return [
    paragraph,
    {
      kind: 'table',
      caption: `${d.scopeName}${years[0].year}—${d.year}年主要指标(“${MISSING}”表示当年无相关记录,“${WITHHELD}”表示不予公开的小样本数据)`,
      head: ['指标', '单位', ...years.map((y) => `${y.year}年`)],
      rows: TREND_MEASURES.map((m) => [m.label, m.kind === 'share' ? '%' : m.unit, ...years.map((y) => printed(m, y))]),
    },
  ];
}
