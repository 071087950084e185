import type { EntityManager } from '@mikro-orm/postgresql';
import type { RetentionSettings } from '../../config';
import { valuesOf } from '../../core/crud/record-values';
import { validateRecord } from '../../core/crud/validate';
import { neutralValue } from '../../core/declare';
import { ANONYMISE_ACTION, AuditEntry } from '../audit';
import { cutoffOf, expiredSql, retentionPlans, type RetentionPlan } from './plan';

/** One record the run anonymises (or, in a dry run, would). */
export interface RetentionItem {
  id: string;
  display: string;
  leftAt: Date;
  fields: string[];
}

export interface RetentionTypeResult {
  type: string;
  years: number;
  setting: string;
  /** Records whose time ran out before this instant. */
  cutoff: Date;
  records: RetentionItem[];
}

export interface RetentionResult {
  dryRun: boolean;
  now: Date;
  /** Another process held the lock: this run stopped without writing (the other one does the work). */
  skipped: boolean;
  types: RetentionTypeResult[];
}

export interface RetentionOptions {
  dryRun?: boolean;
  /** The moment the retention is computed for (tests run it years ahead). */
  now?: Date;
  /** Records per transaction. */
  batchSize?: number;
  /** Who runs it, as the audit log names the actor (`npm run retention`, the daily job). */
  actor?: string;
}

/** One key for every process on the database: pg_try_advisory_xact_lock(RETENTION_LOCK). */
export const RETENTION_LOCK = 7_205_061_120;

type Row = { id: string; display: string; left_at: Date | string };

const plain = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : (v ?? null));

/**
 * Anonymises one batch of a plan in the caller's transaction: the rows are locked, each gets
 * its neutral values through the ORM (the version goes up, the search columns follow the
 * pseudonym) and one ANONYMISE audit entry naming the fields, with no value from before.
 */
async function anonymiseBatch(em: EntityManager, plan: RetentionPlan, rows: Row[], actor: string): Promise<RetentionItem[]> {
  const { decl } = plan;
  const entities = (await em.find(decl.cls, { id: { $in: rows.map((r) => r.id) } } as never, { filters: false })) as Array<
    Record<string, unknown> & { id: string; version: number }
  >;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const done: RetentionItem[] = [];
  const pending: Array<{ entity: (typeof entities)[number]; changed: string[] }> = [];
  for (const row of rows) {
    const entity = byId.get(row.id)!;
    const before = valuesOf(decl, entity);
    const patch: Record<string, unknown> = {};
    for (const f of plan.fields) {
      const neutral = neutralValue(decl, f, entity.id);
      if (JSON.stringify(before[f.name] ?? null) !== JSON.stringify(neutral)) patch[f.name] = neutral;
    }
    const changed = Object.keys(patch);
    // The SQL found it holding something: nothing to change means the two disagree, and the run would find it again forever.
    if (!changed.length) throw new Error(`${decl.name} ${entity.id} was found expired but holds nothing to anonymise`);
    // The declaration was checked to allow this; a rule of the type (agreesWithIdNumber) must agree too.
    const problems = validateRecord(decl, { ...before, ...patch }, new Set(changed));
    if (problems.length)
      throw new Error(`anonymising ${decl.name} ${entity.id} would not validate: ${problems.map((p) => p.message).join('; ')}`);
    em.assign(entity, patch as never);
    pending.push({ entity, changed });
    done.push({ id: row.id, display: row.display, leftAt: new Date(row.left_at), fields: changed });
  }
  await em.flush();
  for (const { entity, changed } of pending) {
    const after = valuesOf(decl, entity);
    em.create(AuditEntry, {
      at: new Date(),
      actorKind: 'system',
      actorId: null,
      actorName: actor,
      role: 'SYSTEM',
      action: ANONYMISE_ACTION,
      recordType: decl.name,
      recordId: entity.id,
      version: entity.version,
      // Which fields, and what they hold now; never what they held (the old values stay out of the log).
      changes: changed.map((field) => ({ field, before: null, after: plain(after[field]) })),
      snapshot: Object.fromEntries(decl.fields.map((f) => [f.name, plain(after[f.name])])),
    } as never);
  }
  await em.flush();
  return done;
}

const itemOf = (plan: RetentionPlan, row: Row): RetentionItem => ({
  id: row.id,
  display: row.display,
  leftAt: new Date(row.left_at),
  fields: plan.fields.map((f) => f.name),
});

/**
 * The retention of every declared type (README "Retention"): records that left use more than
 * their type's years ago get their personal fields anonymised in place, in transactions of
 * `batchSize` records. Each transaction first takes the advisory lock (not waiting: another
 * process holding it is doing the same work, so this run stops) and then finds and locks the
 * expired rows again, so two runs never anonymise a record twice, and a second run finds nothing.
 * A dry run reads the same rows in a read-only transaction and writes nothing.
 */
export async function runRetention(em: EntityManager, settings: RetentionSettings, opts: RetentionOptions = {}): Promise<RetentionResult> {
  const now = opts.now ?? new Date();
  const batchSize = opts.batchSize ?? 200;
  const actor = opts.actor ?? 'retention';
  const result: RetentionResult = { dryRun: Boolean(opts.dryRun), now, skipped: false, types: [] };
  for (const plan of retentionPlans(settings)) {
    const cutoff = cutoffOf(now, plan.years);
    const typeResult: RetentionTypeResult = { type: plan.decl.name, years: plan.years, setting: plan.setting, cutoff, records: [] };
    result.types.push(typeResult);
    if (opts.dryRun) {
      const { text, params } = expiredSql(em, plan, cutoff, { lock: false });
      const rows = await em.fork().transactional(async (tx) => {
        await tx.execute('set transaction read only');
        return (await tx.execute(text, params)) as Row[];
      });
      typeResult.records.push(...rows.map((r) => itemOf(plan, r)));
      continue;
    }
    for (;;) {
      const batch = await em.fork().transactional(async (tx) => {
        const [lock] = (await tx.execute('select pg_try_advisory_xact_lock(?) as held', [RETENTION_LOCK])) as Array<{ held: boolean }>;
        if (!lock.held) return null;
        const { text, params } = expiredSql(tx, plan, cutoff, { lock: true, limit: batchSize });
        const rows = (await tx.execute(text, params)) as Row[];
        return rows.length ? anonymiseBatch(tx, plan, rows, actor) : [];
      });
      if (batch === null) {
        result.skipped = true;
        return result;
      }
      typeResult.records.push(...batch);
      if (batch.length < batchSize) break;
    }
  }
  return result;
}
