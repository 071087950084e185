import type { NamedIndicators } from './report-data';

/** A community short of a standard: what it has, what the standard asks of it, and the gap. */
export interface Shortfall {
  community: NamedIndicators;
  has: number;
  needs: number;
  gap: number;
}

/** The communities short of one standard, largest gap first, and how many could not be measured against it. */
export interface Shortfalls {
  short: Shortfall[];
  /** The sum of the gaps. */
  total: number;
  /** Communities without the base the standard is per (population, households) or without the thing measured. */
  unmeasured: number;
  /** Communities whose count is withheld from this reader (small-cell suppression): not judged, as in 存在问题. */
  withheld: number;
}

/**
 * Whole people or organisations a standard asks for: ceil(base × per / unit), without the
 * float noise that would make 5000 × 18 / 10000 ask for 10.
 */
export const whole = (base: number, per: number, unit: number) => Math.ceil((base * per) / unit - 1e-9);

/** Square metres to two decimals, as the report prints them. */
const m2 = (x: number) => Math.round(x * 100) / 100;

function collect(
  rows: NamedIndicators[],
  measure: (r: NamedIndicators) => { has: number | null; needs: number } | 'unmeasured',
  round: (x: number) => number,
): Shortfalls {
  const out: Shortfalls = { short: [], total: 0, unmeasured: 0, withheld: 0 };
  for (const r of rows) {
    const m = measure(r);
    if (m === 'unmeasured') out.unmeasured++;
    else if (m.has === null) out.withheld++;
    else if (round(m.needs - m.has) > 0) out.short.push({ community: r, has: m.has, needs: m.needs, gap: round(m.needs - m.has) });
  }
  out.short.sort((a, b) => b.gap - a.gap || a.community.code.localeCompare(b.community.code));
  out.total = round(out.short.reduce((s, x) => s + x.gap, 0));
  return out;
}

const perPopulation = (r: NamedIndicators, has: number | null, per10k: number) =>
  r.population ? { has, needs: whole(r.population, per10k, 10_000) } : ('unmeasured' as const);

/** Workers to add for `per10k` workers per 10,000 residents (每万城镇常住人口拥有社区工作者18人). */
export const workerShortfalls = (rows: NamedIndicators[], per10k: number) =>
  collect(rows, (r) => perPopulation(r, r.workerCount, per10k), Math.round);

/** Social organisations to found for `per10k` per 10,000 residents. */
export const socialOrgShortfalls = (rows: NamedIndicators[], per10k: number) =>
  collect(rows, (r) => perPopulation(r, r.socialOrganizationCount, per10k), Math.round);

/** Office space to add for `per100` m² per 100 households (每百户不低于30平方米). */
export const officeShortfalls = (rows: NamedIndicators[], per100: number) =>
  collect(
    rows,
    (r) => (r.households && r.officeAreaM2 !== null ? { has: r.officeAreaM2, needs: m2((r.households * per100) / 100) } : 'unmeasured'),
    m2,
  );
