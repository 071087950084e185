import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';
import { ROOT } from '../../server/src/config';
import { consoleMetaText } from '../../server/src/core/declare/console-meta';
import { recordTypesDoc } from '../../server/src/core/declare/types-doc';
import { appSchemaFile } from '../../server/src/app';
import { manifestText } from '../../server/src/http/trusted-documents/register';
import { parseManifest } from '../../server/src/http/trusted-documents/registry';

interface Generated {
  file: string;
  content: string;
  command: string;
}

const SCHEMA_PRINT = 'npm run schema:print';
const CODEGEN = 'npm run codegen';

/** Committed files that differ from what their command makes now, with that command. */
function stale(generated: Generated[]): string[] {
  return generated
    .filter((g) => { const file = path.resolve(ROOT, g.file); return !existsSync(file) || readFileSync(file, 'utf8') !== g.content; })
    .map((g) => `${path.relative(ROOT, path.resolve(ROOT, g.file))}  (run \`${g.command}\`)`);
}

// The one check that every generated file is committed as its command makes it: the schema and
// the console metadata from the declarations (schema:print), and every codegen output, which
// codegen makes from those two committed files (so a stale schema shows up in both steps).
describe('generated files', () => {
  it('are what `npm run schema:print` and `npm run codegen` make of the declarations and operations', async () => {
    const outputs: Array<{ filename: string; content: string }> = await generate({ ...config, cwd: ROOT, silent: true, verbose: false }, false);
    const manifest = outputs.find((o) => o.filename.endsWith('test/partner/generated/persisted-documents.json'));
    expect(manifest, 'codegen made no partner manifest').toBeDefined();
    const generated: Generated[] = [
      { file: 'schema/schema.graphql', content: appSchemaFile(), command: SCHEMA_PRINT },
      { file: 'schema/console-meta.json', content: consoleMetaText(), command: SCHEMA_PRINT },
      { file: 'docs/record-types.md', content: recordTypesDoc(), command: SCHEMA_PRINT },
      ...outputs.map((o) => ({ file: o.filename, content: o.content, command: CODEGEN })),
      // The platform's copy of the example's manifest: the documents the server trusts.
      { file: 'schema/trusted-documents/partner-example.json', content: manifestText(parseManifest(manifest!.content, 'persisted-documents.json')), command: CODEGEN },
    ];
    // Every target of codegen.ts is covered, the console's resources and documents included.
    for (const f of ['admin/src/generated/resources.ts', 'admin/src/generated/documents.ts', 'admin/src/generated/schema-types.ts']) {
      expect(outputs.map((o) => path.relative(ROOT, path.resolve(ROOT, o.filename)))).toContain(f);
    }
    const found = stale(generated);
    expect(found, `Stale generated files: run \`${SCHEMA_PRINT} && ${CODEGEN}\` and commit them:\n  ${found.join('\n  ')}`).toEqual([]);
  }, 60_000);
});
