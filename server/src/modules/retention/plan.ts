import type { EntityManager } from '@mikro-orm/postgresql';
import type { RetentionSettings } from '../../config';
import {
  allRecords,
  anonymisedAttrs,
  PSEUDONYM_PREFIX,
  retentionSetting,
  textArrayLiteral,
  type AttrDecl,
  type RecordDecl,
} from '../../core/declare';
import { columnOf, tableOf } from '../../db/orm-internals';
import { allFigureInputs } from '../figures/inputs';

/** One declared retention, resolved against the settings and the ORM's columns: what the run reads and writes. */
export interface RetentionPlan {
  decl: RecordDecl;
  years: number;
  setting: string;
  fields: AttrDecl[];
}

/**
 * The plans of every type that declares a retention. Refuses a RETENTION_YEARS_* setting no
 * type declares, and a declaration that would anonymise a field a figure reads: the run must
 * leave every count and figure as it was (figures/inputs.ts is the list of what they read).
 */
export function retentionPlans(settings: RetentionSettings): RetentionPlan[] {
  const declared = allRecords().filter((d) => d.retention);
  const known = new Set(declared.map((d) => retentionSetting(d.name)));
  for (const name of Object.keys(settings.years))
    if (!known.has(name)) throw new Error(`Setting ${name} names no type with a declared retention (known: ${[...known].join(', ')})`);
  const figureInputs = allFigureInputs();
  return declared.map((decl) => {
    const fields = anonymisedAttrs(decl.attrs, decl.retention!);
    const read = fields.filter((f) => figureInputs.get(decl.name)?.has(f.name));
    if (read.length)
      throw new Error(`retention of ${decl.name} would anonymise ${read.map((f) => f.name).join(', ')}, which the figures read`);
    const setting = retentionSetting(decl.name);
    return { decl, setting, years: settings.years[setting] ?? decl.retention!.years, fields };
  });
}

/** `now` less `years` calendar years (29 February goes to 1 March). */
export function cutoffOf(now: Date, years: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The SQL that finds a plan's expired records not yet anonymised: id, display value and when
 * it left (`left_at`), in id order. `lock`: at most `limit` rows, locked FOR UPDATE.
 *
 * When it left (RetentionDecl.since): for 'leavingWrite', the latest audited write that changed
 * the leaving field, if it set a leaving value; otherwise (no audited write: seeded or loaded
 * rows) `updated_at`, the latest moment it can have been set, so nobody is anonymised early.
 */
export function expiredSql(
  em: EntityManager,
  plan: RetentionPlan,
  cutoff: Date,
  opts: { lock: boolean; limit?: number },
): { text: string; params: unknown[] } {
  const { decl } = plan;
  const retention = decl.retention!;
  const col = (field: string) => `t.${q(columnOf(em, decl.cls.name, field))}`;
  // Bound in the order the pieces appear in the text; arrays as literals (knex spreads a bound array into a list).
  const params: unknown[] = [];
  const bind = (v: unknown) => (params.push(Array.isArray(v) ? textArrayLiteral([...(v as readonly string[])]) : v), '?');
  let leftAt: string;
  if (retention.since === 'leavingWrite') {
    const leaving = retention.leftWhen === 'deleted' ? [] : retention.leftWhen.in;
    const field = retention.leftWhen === 'deleted' ? 'deletedAt' : retention.leftWhen.field;
    leftAt = `coalesce((
      select case when c.value ->> 'field' = ${bind(field)} and (c.value ->> 'after') = any(${bind(leaving)}::text[]) then a.at end
      from audit_entry a cross join lateral jsonb_array_elements(a.changes) c(value)
      where a.record_type = ${bind(decl.name)} and a.record_id = t.id::text and c.value ->> 'field' = ${bind(field)}
      order by a.id desc limit 1), ${col('updatedAt')})`;
  } else {
    leftAt = `${col(retention.since.field)}::timestamptz`;
  }
  const left =
    retention.leftWhen === 'deleted'
      ? `${col('deletedAt')} is not null`
      : `${col(retention.leftWhen.field)} = any(${bind(retention.leftWhen.in)}::text[])`;
  const expired = `l.left_at <= ${bind(cutoff)}`;
  // Still holding something: a field not yet neutral (a pseudonym is the prefix and the id's first 8 characters).
  const holding = plan.fields
    .map((f) =>
      f.name === decl.displayField && f.personName
        ? `${col(f.name)} is distinct from (${bind(PSEUDONYM_PREFIX)} || left(t.id::text, 8))`
        : `${col(f.name)} is not null`,
    )
    .join(' or ');
  const display = col(decl.displayField);
  let text = `select t.id, ${display}::text as display, l.left_at from ${q(tableOf(em, decl.cls.name))} t
    cross join lateral (select ${leftAt} as left_at) l
    where ${left} and ${expired} and (${holding})
    order by t.id`;
  if (opts.limit !== undefined) text += ` limit ${bind(opts.limit)}`;
  if (opts.lock) text += ' for update of t';
  return { text, params };
}
