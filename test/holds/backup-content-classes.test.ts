import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../server/src/db/backup/backup';
import { tableClasses } from '../../server/src/db/backup/content-classes';
import { exportRecords } from '../../server/src/db/backup/export';
import { restoreDatabase } from '../../server/src/db/backup/restore';
import { buildSmallCity } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await startTestApp();
  await buildSmallCity(t);
  dir = mkdtempSync(path.join(tmpdir(), 'content-classes-'));
}, 120_000);
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backups and exports state their content classes', () => {
  it('a backup header names the classes of every table with rows, and restore still reads it', async () => {
    const file = path.join(dir, 'b.ndjson.gz');
    await backupDatabase(t.url, file);
    const header = JSON.parse(gunzipSync(readFileSync(file)).toString().split('\n')[0]);
    expect(header.contentClasses).toEqual(['PUBLIC', 'INTERNAL', 'PERSONAL', 'FINANCIAL', 'RESTRICTED']);
    const of = (name: string) => header.tables.find((x: { name: string }) => x.name === name);
    // From the declarations: a worker has an identity number (RESTRICTED), a salary (FINANCIAL), a phone (PERSONAL).
    expect(of('community_worker').contentClasses).toEqual(['PUBLIC', 'INTERNAL', 'PERSONAL', 'FINANCIAL', 'RESTRICTED']);
    expect(of('community').contentClasses).not.toContain('RESTRICTED');
    expect(of('audit_entry').contentClasses).toContain('RESTRICTED');
    // A table with no rows holds nothing.
    for (const table of header.tables) if (!table.rows) expect(table.contentClasses).toEqual([]);
    // Every table is classed: a table nobody named counts as RESTRICTED, never as nothing.
    for (const table of header.tables) if (table.rows) expect(table.contentClasses.length).toBeGreaterThan(0);
    expect(tableClasses('some_future_table')).toEqual(['RESTRICTED']);
    await restoreDatabase(t.url, file);
  }, 120_000);

  it('an export header names the classes of the types it holds, per type and together', async () => {
    const file = path.join(dir, 'e.json');
    await exportRecords(t.app.orm, file);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(data).slice(0, 4)).toEqual(['exportedAt', 'contentClasses', 'typeClasses', 'records']);
    expect(data.contentClasses).toEqual(['PUBLIC', 'INTERNAL', 'PERSONAL', 'FINANCIAL', 'RESTRICTED']);
    expect(data.typeClasses.PartyMember).toEqual(['PUBLIC', 'INTERNAL', 'PERSONAL', 'RESTRICTED']);
    // Only types that have records: the classes of what is in the file.
    for (const [type, rows] of Object.entries(data.records as Record<string, unknown[]>))
      expect(Boolean(data.typeClasses[type])).toBe(rows.length > 0);
  }, 120_000);
});
