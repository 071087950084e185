import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSchemaFile } from '../../server/src/app';

describe('schema/schema.graphql', () => {
  it('is the schema the server builds (run `npm run schema:print` after changing a declaration)', () => {
    const committed = readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(committed === appSchemaFile(), 'schema/schema.graphql is stale: run `npm run schema:print`').toBe(true);
  });
});
