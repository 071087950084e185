import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRecords, declaredScopes } from '../../server/src/core/declare';
import '../../server/src/modules';

/**
 * README.md names the record types in two places a reader looks for them. They are kept by
 * hand, so this checks them against the declarations: a new type (README "Adding a record
 * type", step 5) fails here until it is named in both.
 */
const README = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const names = (text: string) => [...text.matchAll(/`?([A-Z][A-Za-z]+)`?/g)].map((m) => m[1]).sort();
const declared = (scope?: string) => allRecords().filter((d) => !scope || d.scope === scope).map((d) => d.name).sort();

describe('README.md lists every declared record type', () => {
  it('in "The API in one page"', () => {
    const list = /For every record type\s*\(([^)]*)\)/.exec(README);
    expect(list, 'README: "For every record type (`A`, `B`, …)"').not.toBeNull();
    expect(names(list![1]), 'README "The API in one page": the list after "For every record type"').toEqual(declared());
  });

  it('per partner scope, in the table of "Roles, API keys and the audit log"', () => {
    const row = README.split('\n').find((l) => l.startsWith('| partner (`X-API-Key`)'));
    expect(row, 'README: the partner row of the roles table').toBeDefined();
    for (const scope of declaredScopes()) {
      const part = new RegExp(`\`${scope}:read\` → ([^;)]*)`).exec(row!);
      expect(part, `README roles table: "\`${scope}:read\` → …"`).not.toBeNull();
      expect(names(part![1]), `README roles table: the types of \`${scope}:read\``).toEqual(declared(scope));
    }
  });
});
