import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { AccessPolicy } from '../../server/src/core/access/policy';
import { allRecords, recordOf, type AttrDecl, type FieldDecl, type RecordDecl } from '../../server/src/core/declare';
import { rolePolicy } from '../../server/src/modules/auth';
import { allFigureInputs } from '../../server/src/modules/figures';
import type { Caller } from './callers';
import type { World } from './world';

/**
 * Pairs of databases that differ only in what one caller may not see, generated from
 * the declarations and the policy: B is A with a pair's changes applied. Kinds:
 * - field: a value the caller may not read, changed (a few rows per field);
 * - swap: a value the caller may not read that a published figure sums or counts,
 *   exchanged between two rows equal in every other figure input (inputs.ts), so the
 *   figure itself may not change but nothing finer may show;
 * - rows: whole records outside the caller's row scope (and their dependants), added;
 * - credential: password and key hashes, which no caller reads;
 * - all: everything above at once.
 */
export interface CellChange {
  table: string;
  id: string;
  column: string;
  value: string | null;
  /** The row's key column, when it is not `id`. */
  key?: string;
  /** The record and field, so its audit entries change with it. */
  record?: { type: string; field: string };
}

export interface Pair {
  name: string;
  kind: 'field' | 'swap' | 'rows' | 'credential' | 'all';
  sets: CellChange[];
  inserts: Array<{ table: string; row: Record<string, string | null> }>;
}

type Row = Record<string, string | null> & { id: string };

const SYSTEM = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt']);

/** PostgreSQL's text of a timestamptz ("2026-12-01 09:00:00.5+00") as milliseconds. */
const instantMs = (text: string) => Date.parse(text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
const DAY = /^\d{4}-\d{2}-\d{2}/;

/** A deterministic id for a row a pair adds (the corpus asks for it by id, in both databases). */
export const addedId = (pair: string, from: string) => {
  const h = createHash('sha256').update(`${pair}:${from}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

interface TypeInfo {
  decl: RecordDecl;
  table: string;
  column: (field: string) => string;
  rows: Row[];
  visible: Set<string>;
}

async function typeInfo(world: World, policy: AccessPolicy, decl: RecordDecl): Promise<TypeInfo> {
  const meta = world.a.orm.getMetadata().find(decl.cls.name)!;
  const column = (field: string) => meta.properties[field as never].fieldNames[0];
  const rows = (await world.sqlA.query<Row>(`select * from "${meta.tableName}" order by id`)).rows;
  const scope = policy.rowFilter(decl);
  let visible = new Set(rows.map((r) => r.id));
  if (Object.keys(scope).length) {
    const em = world.a.orm.em.fork();
    const seen = (await em.find(decl.cls, scope as never, { filters: false, fields: ['id'] as never })) as unknown as Array<{ id: string }>;
    visible = new Set(seen.map((r) => r.id));
  }
  return { decl, table: meta.tableName, column, rows, visible };
}

/** Fields whose value decides whether the caller sees a row at all: changing them would change what it sees. */
function visibilityFields(policy: AccessPolicy, decl: RecordDecl): Set<string> {
  const out = new Set<string>();
  const walk = (w: unknown) => {
    if (!w || typeof w !== 'object') return;
    for (const [k, v] of Object.entries(w)) {
      if (k === '$and' || k === '$or') (v as unknown[]).forEach(walk);
      else out.add(k);
    }
  };
  walk(policy.rowFilter(decl));
  return out;
}

/**
 * Another value of the field's type, as text: an extreme one (the lowest for even `tag`s,
 * the highest for odd ones), so the row moves in any order by the field and a leak through
 * ordering, paging or cursors shows. Null stays null for references: rules tie them to others.
 */
function otherValue(
  field: FieldDecl,
  old: string | null,
  info: Map<string, TypeInfo>,
  tag: number,
  self: string,
): string | null | undefined {
  const low = tag % 2 === 0;
  if (field.kind === 'ref') {
    if (old === null) return undefined;
    const live = info.get(recordOf(field.target()).name)!.rows.filter((r) => r.id !== old && r.id !== self && r.deleted_at === null);
    return (low ? live[0] : live.at(-1))?.id;
  }
  const a = field as AttrDecl;
  const pick = <T>(values: readonly T[]) => (low ? values.find((v) => v !== old) : [...values].reverse().find((v) => v !== old));
  switch (a.type) {
    case 'string':
    case 'text': {
      const next = `${low ? 'A' : '龘'}${old ?? ''}`;
      return a.maxLength ? [...next].slice(0, a.maxLength).join('') : next;
    }
    case 'int':
      return String(low ? (a.min ?? 0) : (a.max ?? 99_999));
    case 'float':
      return String(low ? (a.min ?? 0) : (a.max ?? 99_999));
    case 'decimal':
      return low ? '0.01' : '99999999.99';
    case 'boolean':
      return old === 't' ? 'f' : 't';
    case 'date':
      return low ? '1990-01-01' : '2099-12-31';
    case 'datetime':
      return low ? '1990-01-01T00:00:00.000Z' : '2099-12-31T00:00:00.000Z';
    case 'enum':
      return pick(a.enum!.keys);
    case 'enumSet':
      return old && old !== '{}' ? '{}' : `{${a.enum!.keys[0]}}`;
    case 'id':
      return undefined; // ids are not changed by a swap
  }
}

/** Up to `n` rows spread over the list (first, last and between), so changed rows fall on every page. */
const spread = <T>(rows: T[], n: number): T[] =>
  rows.length <= n ? rows : [...new Set(Array.from({ length: n }, (_, i) => rows[Math.round((i * (rows.length - 1)) / (n - 1))]))];

/** Rows that other types' figure inputs point at: a swap would move their dependants' numbers. */
function withDependants(decl: RecordDecl, info: Map<string, TypeInfo>, inputs: Map<string, Set<string>>): Set<string> {
  const out = new Set<string>();
  for (const child of allRecords()) {
    for (const ref of child.refs.filter((r) => recordOf(r.target()) === decl && inputs.get(child.name)?.has(r.name))) {
      const c = info.get(child.name)!;
      for (const row of c.rows) if (row[c.column(ref.name)]) out.add(row[c.column(ref.name)]!);
    }
  }
  return out;
}

/** Two rows the caller may not read `field` of, equal in every other figure input (instants by day, as figures count them). */
function twins(t: TypeInfo, field: FieldDecl, hidden: Row[], inputs: Set<string>): [Row, Row] | undefined {
  const others = [...inputs].filter((f) => f !== field.name && f !== 'id');
  const key = (r: Row) =>
    JSON.stringify(
      others.map((f) => {
        const v = r[t.column(f)];
        return v && DAY.test(v) && v.length > 10 ? v.slice(0, 10) : v;
      }),
    );
  const groups = new Map<string, Row[]>();
  for (const r of hidden) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  for (const group of groups.values()) {
    const col = t.column(field.name);
    const first = group[0];
    const second = group.find((r) => r[col] !== first[col]);
    if (second) return [first, second];
  }
  return undefined;
}

/** A hidden row copied, with every row that needs it (required references), under new ids. */
function copyWithDependants(pair: string, t: TypeInfo, row: Row, info: Map<string, TypeInfo>, out: Pair['inserts'], depth = 0): void {
  const id = addedId(pair, row.id);
  const copy: Record<string, string | null> = { ...row, id };
  for (const a of t.decl.attrs.filter((x) => x.unique && x.name !== 'id'))
    copy[t.column(a.name)] = `${row[t.column(a.name)]}-${id.slice(0, 6)}`;
  out.push({ table: t.table, row: copy });
  if (depth > 2) return;
  for (const child of allRecords()) {
    for (const ref of child.refs.filter((r) => r.required && recordOf(r.target()) === t.decl)) {
      const c = info.get(child.name)!;
      for (const dep of c.rows.filter((r) => r[c.column(ref.name)] === row.id).slice(0, 3)) {
        copyWithDependants(pair, c, { ...dep, [c.column(ref.name)]: id }, info, out, depth + 1);
      }
    }
  }
}

export async function pairsFor(caller: Caller, world: World): Promise<Pair[]> {
  const policy = rolePolicy(caller.viewer, world.a.orm.em.fork());
  const inputs = allFigureInputs();
  const info = new Map<string, TypeInfo>();
  for (const d of allRecords()) info.set(d.name, await typeInfo(world, policy, d));
  const pairs: Pair[] = [];

  for (const t of info.values()) {
    const d = t.decl;
    const shown = visibilityFields(policy, d);
    const dependants = withDependants(d, info, inputs);
    // A field that decides whether the caller sees a row varies only among values that keep the row out of its sight.
    for (const field of d.fields.filter((f) => f.kind === 'attr' && shown.has(f.name) && (f as AttrDecl).enum)) {
      const open = d.publicWhere?.[field.name];
      const col = t.column(field.name);
      const keys = (field as AttrDecl).enum!.keys.filter((k) => k !== open);
      const sets = t.rows
        .filter((r) => !t.visible.has(r.id) && r[col] !== open)
        .slice(0, 4)
        .flatMap((r): CellChange[] => {
          const value = keys.find((k) => k !== r[col]);
          return value && open !== undefined
            ? [{ table: t.table, id: r.id, column: col, value, record: { type: d.name, field: field.name } }]
            : [];
        });
      if (sets.length) pairs.push({ name: `hidden rows' ${d.name}.${field.name}`, kind: 'field', sets, inserts: [] });
    }
    for (const field of d.fields.filter((f) => !SYSTEM.has(f.name) && !shown.has(f.name))) {
      const readable = await Promise.all(t.rows.map((r) => policy.canReadField(d, field.name, { id: r.id })));
      const hidden = t.rows.filter((_, i) => !readable[i]);
      if (!hidden.length) continue;
      const col = t.column(field.name);
      if (inputs.get(d.name)?.has(field.name)) {
        const pair = twins(
          t,
          field,
          hidden.filter((r) => !dependants.has(r.id)),
          inputs.get(d.name)!,
        );
        if (!pair) continue;
        const [x, y] = pair;
        pairs.push({
          name: `swap ${d.name}.${field.name}`,
          kind: 'swap',
          inserts: [],
          sets: [
            { table: t.table, id: x.id, column: col, value: y[col], record: { type: d.name, field: field.name } },
            { table: t.table, id: y.id, column: col, value: x[col], record: { type: d.name, field: field.name } },
          ],
        });
        continue;
      }
      // Rows the caller sees with the field withheld, spread over the table, and one it does not see at all.
      const samples = [
        ...spread(
          hidden.filter((r) => t.visible.has(r.id)),
          8,
        ),
        ...hidden.filter((r) => !t.visible.has(r.id)).slice(0, 1),
      ];
      const sets: CellChange[] = [];
      for (const [i, r] of samples.entries()) {
        const value = otherValue(field, r[col], info, i, r.id);
        if (value !== undefined && value !== r[col])
          sets.push({ table: t.table, id: r.id, column: col, value, record: { type: d.name, field: field.name } });
      }
      if (sets.length) pairs.push({ name: `field ${d.name}.${field.name}`, kind: 'field', sets, inserts: [] });
    }
    const outside = t.rows.filter((r) => !t.visible.has(r.id));
    if (outside.length) {
      const name = `rows ${d.name}`;
      const inserts: Pair['inserts'] = [];
      copyWithDependants(name, t, outside[0], info, inserts);
      pairs.push({ name, kind: 'rows', sets: [], inserts });
    }
  }
  // Credentials and sign-in state, which no caller reads through the API: password and key hashes, sessions, login throttles.
  const CREDENTIALS = [
    ['app_user', 'id', 'password_hash'],
    ['api_key', 'id', 'key_hash'],
    ['app_session', 'id', 'expires_at'],
    ['login_throttle', 'key', 'failures'],
  ] as const;
  for (const [table, key, column] of CREDENTIALS) {
    for (const r of (await world.sqlA.query<Row>(`select ${key} as id, ${column} from ${table} order by ${key}`)).rows) {
      const old = r[column]!;
      // Another value of the same kind and length (key hashes are 64 hex digits).
      const value =
        table === 'login_throttle'
          ? String(Number(old) + 1)
          : table === 'app_session'
            ? new Date(instantMs(old) + 60_000).toISOString()
            : `${old.slice(0, -1)}${old.endsWith('0') ? '1' : '0'}`;
      pairs.push({
        name: `credential ${table}.${column} ${r.id.slice(0, 12)}`,
        kind: 'credential',
        inserts: [],
        sets: [{ table, id: r.id, column, value, key }],
      });
    }
  }
  // Everything at once: each cell changed by the first pair that changes it, and a row in one swap only (two swaps
  // of one row, with different twins, would leave it equal to neither in its other figure inputs).
  const cells = new Set<string>();
  const swapped = new Set<string>();
  const all: Pair = { name: 'everything at once', kind: 'all', sets: [], inserts: pairs.flatMap((p) => p.inserts) };
  for (const p of pairs) {
    const fresh = p.sets.every((s) => !cells.has(`${s.table}.${s.id}.${s.column}`));
    if (!fresh || (p.kind === 'swap' && p.sets.some((s) => swapped.has(`${s.table}.${s.id}`)))) continue;
    if (p.kind === 'swap') for (const s of p.sets) swapped.add(`${s.table}.${s.id}`);
    for (const s of p.sets) cells.add(`${s.table}.${s.id}.${s.column}`);
    all.sets.push(...p.sets);
  }
  return [all, ...pairs];
}

/** The pairs a run uses: all of them, or `count` spread over the kinds (everything at once first). */
export function choosePairs(pairs: Pair[], count: number | 'all'): Pair[] {
  if (count === 'all' || pairs.length <= count) return pairs;
  const byKind = new Map<string, Pair[]>();
  for (const p of pairs) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  const out: Pair[] = [];
  const queues = [...byKind.values()];
  while (out.length < count && queues.some((q) => q.length))
    for (const q of queues) if (q.length && out.length < count) out.push(q.shift()!);
  return out;
}

/** Applies a pair to B in one transaction (audit entries of changed fields follow), and returns how to undo it. */
export async function applyPair(sql: pg.Client, pair: Pair): Promise<() => Promise<void>> {
  const undo: Array<[string, unknown[]]> = [];
  await sql.query('begin');
  try {
    for (const s of pair.sets) {
      const key = s.key ?? 'id';
      const { rows } = await sql.query(`select "${s.column}" as v from "${s.table}" where "${key}" = $1`, [s.id]);
      undo.push([`update "${s.table}" set "${s.column}" = $2 where "${key}" = $1`, [s.id, rows[0]?.v ?? null]]);
      await sql.query(`update "${s.table}" set "${s.column}" = $2 where "${key}" = $1`, [s.id, s.value]);
      if (s.record) await followInAudit(sql, s, rows[0]?.v ?? null, undo);
    }
    for (const ins of pair.inserts) {
      const cols = Object.keys(ins.row);
      await sql.query(
        `insert into "${ins.table}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
        cols.map((c) => ins.row[c]),
      );
      undo.push([`delete from "${ins.table}" where id = $1`, [ins.row.id]]);
    }
    await sql.query('commit');
  } catch (err) {
    await sql.query('rollback');
    throw new Error(`pair "${pair.name}" cannot be applied: ${(err as Error).message}`);
  }
  return async () => {
    await sql.query('begin');
    for (const [text, params] of undo.reverse()) await sql.query(text, params);
    await sql.query('commit');
  };
}

/** The field's old value in the record's audit entries becomes the new one too: the log holds what the record held. */
async function followInAudit(sql: pg.Client, s: CellChange, old: string | null, undo: Array<[string, unknown[]]>): Promise<void> {
  const entries = (
    await sql.query<{ id: string; changes: string | null; snapshot: string | null }>(
      'select id, changes, snapshot from audit_entry where record_type = $1 and record_id = $2',
      [s.record!.type, s.id],
    )
  ).rows;
  for (const e of entries) {
    const swap = (v: unknown) => (v !== null && String(v) === String(old) ? s.value : v);
    const changes = e.changes ? (JSON.parse(e.changes) as Array<{ field: string; before: unknown; after: unknown }>) : null;
    const snapshot = e.snapshot ? (JSON.parse(e.snapshot) as Record<string, unknown>) : null;
    const field = s.record!.field;
    const nextChanges = changes?.map((c) => (c.field === field ? { ...c, before: swap(c.before), after: swap(c.after) } : c)) ?? null;
    const nextSnapshot = snapshot && field in snapshot ? { ...snapshot, [field]: swap(snapshot[field]) } : snapshot;
    undo.push(['update audit_entry set changes = $2, snapshot = $3 where id = $1', [e.id, e.changes, e.snapshot]]);
    await sql.query('update audit_entry set changes = $2, snapshot = $3 where id = $1', [
      e.id,
      JSON.stringify(nextChanges),
      JSON.stringify(nextSnapshot),
    ]);
  }
}
