import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { resources } from '../../admin/src/generated/resources';
import { ROOT } from '../../server/src/config';
import { allRecords, type AttrDecl, type RecordDecl } from '../../server/src/core/declare';
import { declaredFields } from '../../server/src/core/declare/field-order';
import '../../server/src/modules';

// admin/codegen is CommonJS run by graphql-codegen; the test drives its model directly.
const { schemaModel } = require('../../admin/codegen/schema-model.cjs') as { schemaModel: (schema: unknown, meta: unknown) => unknown };

const SYSTEM = ['id', 'version', 'createdAt', 'updatedAt', 'deletedAt'];
const resourceOf = (d: RecordDecl) => resources.find((r) => r.type === d.name)!;

// The console's generated model against the declarations themselves (not the schema's text):
// what a form shows, in which order, how it validates and what names a record.
describe('the console model follows the declarations', () => {
  it('has a resource for every declared record type, named by its declared display field', () => {
    expect(resources.map((r) => r.type).sort()).toEqual(
      allRecords()
        .map((d) => d.name)
        .sort(),
    );
    for (const d of allRecords()) expect(resourceOf(d).displayField, d.name).toBe(d.displayField);
  });

  it('lists every type’s fields in the order its entity declares them, system fields last', () => {
    for (const d of allRecords()) {
      expect(
        resourceOf(d).fields.map((f) => f.name),
        d.name,
      ).toEqual([...declaredFields(d).map((f) => f.name), ...SYSTEM]);
    }
    // The entity writes Community's code before its name, its centre third (an alphabetical form had areaKm2 first).
    expect(
      resources
        .find((r) => r.type === 'Community')!
        .fields.slice(0, 3)
        .map((f) => f.name),
    ).toEqual(['code', 'name', 'serviceCenter']);
  });

  it('carries the declared labels, and the declared min, max, length and pattern into the inputs', () => {
    for (const d of allRecords()) {
      const fields = new Map(resourceOf(d).fields.map((f) => [f.name, f]));
      for (const decl of d.fields) {
        const f = fields.get(decl.name)!;
        expect(f.label, `${d.name}.${decl.name}`).toEqual(decl.label);
        if (decl.kind !== 'attr') continue;
        const a: AttrDecl = decl;
        expect({ min: f.min, max: f.max, maxLength: f.maxLength }, `${d.name}.${a.name}`).toEqual({
          min: a.min,
          max: a.max,
          maxLength: a.maxLength,
        });
        expect(f.pattern, `${d.name}.${a.name}`).toEqual(
          a.pattern && { source: a.pattern.regex.source, flags: a.pattern.regex.flags, message: a.pattern.message },
        );
      }
    }
    const version = resources[0].fields.find((f) => f.name === 'version')!;
    expect(version.label).toEqual({ zh: '版本', en: 'Version' });
  });

  it('offers no input for a field the server sets (approvedBy, approvedAt), though the input types still carry it', () => {
    const setByServer = allRecords().flatMap((d) => d.attrs.filter((a) => !a.writable).map((a) => [d, a] as const));
    expect(setByServer.map(([d, a]) => `${d.name}.${a.name}`)).toEqual(
      expect.arrayContaining(['BudgetLine.approvedBy', 'BudgetLine.approvedAt']),
    );
    for (const [d, a] of setByServer) {
      const f = resourceOf(d).fields.find((x) => x.name === a.name)!;
      expect({ create: f.create, update: f.update }, `${d.name}.${a.name}`).toEqual({ create: false, update: false });
    }
  });

  it('stops the generator, naming the command, when console-meta.json and the schema disagree', () => {
    const schema = buildSchema(readFileSync(path.join(ROOT, 'schema/schema.graphql'), 'utf8'));
    const meta = JSON.parse(readFileSync(path.join(ROOT, 'schema/console-meta.json'), 'utf8'));
    expect(() => schemaModel(schema, meta)).not.toThrow();
    const community = meta.records.find((r: { name: string }) => r.name === 'Community');
    community.fields.push({ ...community.fields[0], name: 'renamedOnlyInTheDeclarations' });
    expect(() => schemaModel(schema, meta)).toThrow(/npm run schema:print.*Community\.renamedOnlyInTheDeclarations is not in the schema/);
  });
});
