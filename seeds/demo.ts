import type { MikroORM } from '@mikro-orm/postgresql';
import { assertValidDataSet } from './db/validate';
import { inTransaction, insertDataSet, type OnProgress } from './db/sql';
import { createDemoAccounts } from './demo-accounts';
import { buildDemoSet } from './demo/index';

/** Any constant: serialises concurrent demo loads (two processes starting on one database). */
const DEMO_LOCK = 7_311_905;

/**
 * Loads the demo data set and the demo accounts in one transaction, whatever is there
 * (unique keys make a second load fail as a whole). Rows are checked against the
 * declared rules before anything is written.
 */
export async function loadDemo(orm: MikroORM, onProgress?: OnProgress): Promise<void> {
  const set = buildDemoSet();
  assertValidDataSet(set);
  await inTransaction(orm, async (em, run) => {
    await insertDataSet(run, set, onProgress);
    await createDemoAccounts(em);
  });
}

/**
 * On a database without any service centre (deleted ones count), loads the demo in one
 * transaction and returns true; otherwise leaves it alone and returns false.
 */
export async function loadDemoIfEmpty(orm: MikroORM): Promise<boolean> {
  return inTransaction(orm, async (em, run) => {
    await run('select pg_advisory_xact_lock(?)', [DEMO_LOCK]);
    const [row] = await run<{ any: boolean }>('select exists(select 1 from service_center) as any');
    if (row?.any) return false;
    const set = buildDemoSet();
    assertValidDataSet(set);
    await insertDataSet(run, set);
    await createDemoAccounts(em);
    return true;
  });
}
