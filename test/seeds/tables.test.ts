import { describe, expect, it } from 'vitest';
import { allRecords, recordOf } from '../../server/src/core/declare';
import { checkedTables, missingRows } from '../../seeds/db/every-table';
import type { TableName } from '../../seeds/db/rows';
import { emptyDataSet, parentTables, RECORD_OF, referenceOrder, TABLE_ORDER } from '../../seeds/db/tables';
import { problemsIn } from '../../seeds/db/validate';
import { buildDemoSet } from '../../seeds/demo/index';
import { planCity, syntheticTables } from '../../seeds/synthetic/city';

/** The seeded tables come from the declarations; these prove the derivation and its checks. */
describe('seeded tables', () => {
  it('are one per declared record type, each after the tables it references', () => {
    expect([...TABLE_ORDER].sort()).toEqual(
      allRecords()
        .map((d) => d.tableName)
        .sort(),
    );
    for (const t of TABLE_ORDER) {
      expect(recordOf(RECORD_OF[t]).tableName).toBe(t);
      for (const p of parentTables(t)) expect(TABLE_ORDER.indexOf(p), `${t} after ${p}`).toBeLessThan(TABLE_ORDER.indexOf(t));
    }
    expect(Object.keys(emptyDataSet()).sort()).toEqual([...TABLE_ORDER].sort());
  });

  it('order a type that refers to itself (PartyOrganization.parent), and refuse a cycle by name', () => {
    const self = allRecords().find((d) => d.refs.some((r) => recordOf(r.target()) === d))!;
    expect(self.name).toBe('PartyOrganization');
    expect(referenceOrder([self]).at(-1)).toBe(self);
    const center = recordOf('ServiceCenter');
    const looped = { ...center, refs: [{ ...self.refs[0], target: () => recordOf('Community').cls }] };
    expect(() => referenceOrder([looped, recordOf('Community')])).toThrow(/cycle/);
  });

  it('name the type and the file when the demo has no rows of it', () => {
    const set = buildDemoSet();
    expect(missingRows(set, 'demo')).toEqual([]);
    (set as Record<string, unknown[]>).council_meeting = [];
    expect(missingRows(set, 'demo')).toEqual([
      'CouncilMeeting has no demo rows: add them in seeds/demo/participation.ts (a builder there, called from buildDemoSet in seeds/demo/index.ts); see README.md "Adding a record type"',
    ]);
  });

  it('check the synthetic tables: none left out, none before its parents', () => {
    const tables = [...syntheticTables(planCity(2))];
    expect(tables.map(([t]) => t).sort()).toEqual([...TABLE_ORDER].sort());
    const without = tables.filter(([t]) => t !== 'compound');
    expect(() => [...checkedTables(without)]).toThrow(
      /^Compound has no synthetic rows: add them in seeds\/synthetic\/ \(the file making the community module's other tables/,
    );
    const swapped: Array<[TableName, object[]]> = [tables[1], tables[0], ...tables.slice(2)];
    expect(() => [...checkedTables(swapped)]).toThrow(/community is yielded before service_center/);
  });

  it('refuse a row whose parent in its own table comes later', () => {
    const orgs = buildDemoSet().party_organization;
    expect(problemsIn('party_organization', orgs)).toEqual([]);
    const child = orgs.find((o) => o.parent_id)!;
    expect(problemsIn('party_organization', [child]).join()).toMatch(/parent .* is not an earlier row of party_organization/);
  });
});
