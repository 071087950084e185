import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';
import { ROOT } from '../../server/src/config';

// The console's generated files are committed; regenerating them in memory from the
// committed schema must give the same text, or someone forgot `npm run codegen`.
describe('admin/src/generated', () => {
  it('is what `npm run codegen` makes of schema/schema.graphql', async () => {
    const outputs = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as Array<{ filename: string; content: string }>;
    const mine = outputs.filter((o) => o.filename.replace(/\\/g, '/').includes('admin/src/generated/'));
    expect(mine.length).toBeGreaterThanOrEqual(4);
    for (const o of mine) {
      const onDisk = readFileSync(path.resolve(ROOT, o.filename), 'utf8');
      expect(onDisk, `${o.filename} is stale: run npm run codegen`).toBe(o.content);
    }
  }, 60_000);
});
