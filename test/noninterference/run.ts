import { allRecords, type RecordDecl } from '../../server/src/core/declare';
import { rolePolicy } from '../../server/src/modules/auth';
import { runAs } from '../support/test-app';
import { callers } from './callers';
import { corpusFor, firstDifference, normalise, type Exec, type Item } from './corpus';
import { applyPair, choosePairs, pairsFor, type Pair } from './pairs';
import type { World } from './world';

export interface RunSettings {
  /** Pairs per caller: a number spread over the kinds, or all of them. */
  pairs: number | 'all';
  /** Pages followed by cursor in each list. */
  pages: number;
  /** One caller class only (by label), to look at it alone. */
  only?: string;
}

export interface Difference {
  caller: string;
  pair: string;
  item: string;
  where: string;
}

export interface RunReport {
  callers: number;
  pairs: number;
  /** Corpus items per caller (each one or more operations). */
  items: number;
  operations: number;
  comparisons: number;
  differences: Difference[];
  perCaller: Array<{ caller: string; pairs: number; pairsAvailable: number; items: number }>;
}

/** Per record type, the ids of rows the pairs add, and of rows they change: the corpus asks for those by id. */
function rowsTouched(pairs: Pair[]): { added: Map<string, string[]>; changed: Map<string, string[]>; swapped: Map<string, string[]> } {
  const byTable = new Map<string, string>(allRecords().map((d) => [d.tableName, d.name]));
  const added = new Map<string, string[]>();
  const changed = new Map<string, string[]>();
  const swapped = new Map<string, string[]>();
  const add = (into: Map<string, string[]>, table: string, id: string) => {
    const type = byTable.get(table);
    if (type && !into.get(type)?.includes(id)) into.set(type, [...(into.get(type) ?? []), id]);
  };
  // Swapped rows first: they are the ones a figure sums, which the corpus then asks about alone.
  const order = (p: Pair) => (p.kind === 'swap' ? 0 : 1);
  for (const p of pairs.filter((x) => x.kind !== 'all').sort((a, b) => order(a) - order(b))) {
    for (const ins of p.inserts) add(added, ins.table, ins.row.id!);
    for (const set of p.sets) add(p.kind === 'swap' ? swapped : changed, set.table, set.id);
  }
  return { added, changed, swapped };
}

const touchedIds = (pairs: Pair[]) => {
  const { added, changed, swapped } = rowsTouched(pairs);
  return { addedIds: added, changedIds: changed, swappedIds: swapped };
};

/** Time per corpus item, summed over a run (NONINTERFERENCE_PROFILE=1 prints the slowest). */
export const itemTimes = new Map<string, { ms: number; ops: number }>();

async function answers(items: Item[], exec: Exec): Promise<string[]> {
  const out: string[] = [];
  for (const item of items) {
    const start = performance.now();
    let ops = 0;
    out.push(normalise(await item.run((q, v) => (ops++, exec(q, v)))));
    const t = itemTimes.get(item.name) ?? { ms: 0, ops: 0 };
    itemTimes.set(item.name, { ms: t.ms + performance.now() - start, ops: t.ops + ops });
  }
  return out;
}

/**
 * For each caller: generate its pairs and its corpus, ask A once, then for each
 * pair apply it to B, ask B the same, compare answer by answer, and undo the pair.
 */
export async function runNoninterference(
  world: World,
  settings: RunSettings,
  log: (line: string) => void = () => undefined,
): Promise<RunReport> {
  const report: RunReport = { callers: 0, pairs: 0, items: 0, operations: 0, comparisons: 0, differences: [], perCaller: [] };
  const meta = (d: RecordDecl) => world.a.orm.getMetadata().find(d.cls.name)!;
  for (const caller of callers(world.fixture).filter((c) => !settings.only || c.label === settings.only)) {
    const available = await pairsFor(caller, world);
    const pairs = choosePairs(available, settings.pairs);
    const items = await corpusFor(
      {
        schema: world.a.schema,
        policy: rolePolicy(caller.viewer, world.a.orm.em.fork()),
        sql: world.sqlA,
        ...touchedIds(available),
        year: world.fixture.year,
        centers: [
          world.fixture.centerX,
          ...(
            await world.sqlA.query<{ id: string }>('select id from service_center where id <> $1 order by id limit 1', [
              world.fixture.centerX,
            ])
          ).rows.map((r) => r.id),
        ],
        pages: settings.pages,
      },
      (d) => meta(d).tableName,
      (d, f) => meta(d).properties[f as never].fieldNames[0],
    );
    const counting =
      (app: World['a']): Exec =>
      async (query, variables) => {
        report.operations++;
        return runAs(app, query, variables, caller.viewer);
      };
    // Reads write too: a clear read (@reveal) is recorded in the access log, which the corpus reads back. Each round
    // starts from an empty log, so it holds exactly that round's reads (else B's would pile up pair after pair).
    const freshAccessLog = (sql: World['sqlA']) =>
      sql.query("truncate access_log_entry; delete from audit_chain_head where chain = 'access'");
    await freshAccessLog(world.sqlA);
    const expected = await answers(items, counting(world.a));
    for (const pair of pairs) {
      await freshAccessLog(world.sqlB);
      const undo = await applyPair(world.sqlB, pair);
      try {
        const got = await answers(items, counting(world.b));
        got.forEach((answer, i) => {
          report.comparisons++;
          if (answer !== expected[i])
            report.differences.push({
              caller: caller.label,
              pair: pair.name,
              item: items[i].name,
              where: firstDifference(expected[i], answer),
            });
        });
      } finally {
        await undo();
      }
    }
    report.callers++;
    report.pairs += pairs.length;
    report.items += items.length;
    report.perCaller.push({ caller: caller.label, pairs: pairs.length, pairsAvailable: available.length, items: items.length });
    log(
      `[noninterference] ${caller.label}: ${pairs.length} pairs (of ${available.length}), ${items.length} corpus items, ${report.differences.filter((d) => d.caller === caller.label).length} differences`,
    );
  }
  return report;
}
