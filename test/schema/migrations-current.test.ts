import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The committed migrations build exactly the schema the declarations describe: a changed
 * declaration without its migration fails here (run `npm run migration:create -- <name>`),
 * and so does a refactoring of the declaration machinery that would change a column.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('migrations', () => {
  it('leave nothing for the schema generator to change', async () => {
    const pending = await t.app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
    expect(pending.trim(), 'the declarations differ from the migrated database: run npm run migration:create -- <name>').toBe('');
  });
});
