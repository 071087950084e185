import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTemplateDatabase } from '../support/database';
import { recordFigure } from './figures';
import { sql } from './http-app';
import { adminSession, gqlAt, spawnServer, type ServerProcess } from '../support/server-process';

/**
 * SIGKILL of the server in the middle of a burst of writes: every write the
 * server acknowledged is in the database, and no record is half-written
 * (each create/update is one transaction: name and version move together).
 */
let db: Awaited<ReturnType<typeof cloneTemplateDatabase>>;
let server: ServerProcess | undefined;
beforeAll(async () => {
  db = await cloneTemplateDatabase();
});
afterAll(async () => {
  server?.child.kill('SIGKILL');
  await db?.drop();
});

const CREATE = 'mutation($input: ServiceCenterCreateInput!) { createServiceCenter(input: $input) { id version } }';
const UPDATE =
  'mutation($id: ID!, $input: ServiceCenterUpdateInput!) { updateServiceCenter(id: $id, input: $input, expectedVersion: 1) { id version } }';

describe('SIGKILL during a burst of writes', () => {
  it('keeps every acknowledged write and no half-written record', async () => {
    const { secret, token } = await adminSession(db.url);
    server = await spawnServer(db.url, { JWT_SECRET: secret });
    const base = server.base;
    const acked = { created: new Map<string, string>(), updated: new Set<string>() };
    let sent = 0;
    let killed = false;

    const worker = async (w: number) => {
      for (let i = 0; !killed || i < 0; i++) {
        const name = `突发-${w}-${i}`;
        try {
          sent++;
          const c = await (
            await gqlAt(base, token, CREATE, { input: { name, kind: 'SUB_DISTRICT_OFFICE', legalForm: 'GOVERNMENT_AGENCY' } })
          ).json();
          if (c.errors) throw new Error(JSON.stringify(c.errors));
          const id = c.data.createServiceCenter.id as string;
          acked.created.set(id, name);
          sent++;
          const u = await (await gqlAt(base, token, UPDATE, { id, input: { name: `${name}-改` } })).json();
          if (u.errors) throw new Error(JSON.stringify(u.errors));
          acked.updated.add(id);
        } catch (err) {
          if (killed) return;
          throw err;
        }
      }
    };
    const workers = Array.from({ length: 6 }, (_, w) => worker(w));
    // Let the burst get going, then kill the process without warning.
    while (acked.created.size < 60) await new Promise((r) => setTimeout(r, 20));
    killed = true;
    server.child.kill('SIGKILL');
    await Promise.all(workers);
    expect(await server.exited).toBe('SIGKILL');

    const rows = await sql<{ id: string; name: string; version: number }>(db.url, 'select id, name, version from service_center');
    const byId = new Map(rows.map((r) => [r.id, r]));
    let lost = 0;
    for (const [id, name] of acked.created) {
      const row = byId.get(id);
      if (!row) lost++;
      else if (acked.updated.has(id)) expect(row).toMatchObject({ name: `${name}-改`, version: 2 });
      else expect([`${name}:1`, `${name}-改:2`]).toContain(`${row.name}:${row.version}`);
    }
    expect(lost).toBe(0);
    // Rows committed whose answer was lost with the process are whole too: name and version agree.
    for (const r of rows) expect(r.version === 1 ? !r.name.endsWith('-改') : r.version === 2 && r.name.endsWith('-改')).toBe(true);

    // Each record's audit entries committed with it: one per write that reached the record.
    const audits = await sql<{ record_id: string; n: number }>(
      db.url,
      "select record_id, count(*)::int as n from audit_entry where record_type = 'ServiceCenter' group by record_id",
    );
    const auditCount = new Map(audits.map((a) => [a.record_id, a.n]));
    for (const r of rows) expect(auditCount.get(r.id), `audit entries of ${r.name}`).toBe(r.version);
    expect(audits.length).toBe(rows.length);

    // The server starts again on the same database and serves.
    server = await spawnServer(db.url, { JWT_SECRET: secret });
    const after = await (await gqlAt(server.base, token, '{ serviceCenters { totalCount } }')).json();
    expect(after.data.serviceCenters.totalCount).toBe(rows.length);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = undefined;

    console.log(
      `[reliability] SIGKILL: ${sent} writes sent, ${acked.created.size + acked.updated.size} acknowledged, ${rows.length} records found whole, rows lost: ${lost}`,
    );
    recordFigure('faults survived', 1);
    recordFigure('writes acknowledged before SIGKILL', acked.created.size + acked.updated.size);
    recordFigure('rows lost', lost);
  }, 120_000);
});
