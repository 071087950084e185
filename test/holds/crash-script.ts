// Run as its own process by embedded-orphan.test.ts: the embedded PostgreSQL opened as
// main.ts opens it, the crash guard main.ts installs, then a rejection nobody handles
// (what importX's values.forEach did, issue 12 defect 1).
import 'reflect-metadata';
import { loadConfig } from '../../server/src/config';
import { openDatabase } from '../../server/src/db/database';
import { guardProcess } from '../../server/src/process-guard';

async function run() {
  const guard = guardProcess();
  const db = await openDatabase(loadConfig());
  guard.onCrash(db.stop);
  console.log('embedded PostgreSQL ready');
  // Keeps the process alive: only the crash may end it.
  setInterval(() => undefined, 60_000);
  // eslint-disable-next-line @typescript-eslint/no-floating-promises -- the fault under test
  Promise.reject(new Error('nobody handles this rejection'));
}

run().catch((err: unknown) => {
  console.error('the script itself failed:', err);
  process.exit(2);
});
