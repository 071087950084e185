import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';
import { manifestText } from '../../server/src/http/trusted-documents/register';
import { parseManifest } from '../../server/src/http/trusted-documents/registry';

const ROOT = path.join(__dirname, '../..');

describe('generated files', () => {
  it('are what `npm run codegen` makes from the committed schema and operations', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: ROOT, silent: true, verbose: false }, false);
    expect(outputs.length).toBeGreaterThan(0);
    const stale = outputs
      .filter((o) => {
        const file = path.resolve(ROOT, o.filename);
        return !existsSync(file) || readFileSync(file, 'utf8') !== o.content;
      })
      .map((o) => o.filename);
    expect(stale, `Stale generated files: run \`npm run codegen\` and commit:\n  ${stale.join('\n  ')}`).toEqual([]);

    // The platform's copy of the example's manifest: the documents the server trusts.
    const manifest = outputs.find((o) => o.filename.endsWith('test/partner/generated/persisted-documents.json'));
    expect(manifest).toBeDefined();
    const registered = readFileSync(path.join(ROOT, 'schema/trusted-documents/partner-example.json'), 'utf8');
    expect(registered === manifestText(parseManifest(manifest!.content, 'persisted-documents.json')), 'schema/trusted-documents/partner-example.json is stale: run `npm run codegen`').toBe(true);
  });
});
