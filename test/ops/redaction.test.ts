import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import '../../server/src/app';
import { allRecords } from '../../server/src/core/declare';
import { createLogger } from '../../server/src/ops';
import { REDACTED } from '../../server/src/ops/logger';
import { REDACT_DEPTH, SECRET_KEYS } from '../../server/src/ops/redaction';

/** What one call of the server's logger writes, parsed. */
function logged(fields: Record<string, unknown>): { text: string; line: Record<string, unknown> } {
  const written: string[] = [];
  createLogger('info', { write: (l: string) => void written.push(l) }).info(fields, 'probe');
  expect(written).toHaveLength(1);
  return { text: written[0], line: JSON.parse(written[0]) as Record<string, unknown> };
}

/**
 * Every place a record or a request's variables could sit in a log object, for a key:
 * the top, a record, a list of records, variables, an input, a list of rows in an input,
 * request headers. Depth 4 (`variables.input.rows[0].<key>`) is REDACT_DEPTH.
 */
const shapes = (key: string, value: string): Array<[string, Record<string, unknown>]> => [
  [key, { [key]: value }],
  [`record.${key}`, { record: { id: 'r1', [key]: value } }],
  [`records[0].${key}`, { records: [{ [key]: value }] }],
  [`variables.${key}`, { variables: { [key]: value } }],
  [`variables.input.${key}`, { variables: { input: { [key]: value } } }],
  [`variables.input.rows[1].${key}`, { variables: { input: { rows: [{}, { [key]: value }] } } }],
  [`req.headers.${key}`, { req: { headers: { [key]: value } } }],
  [`err.extensions.input.${key}`, { err: { extensions: { input: { [key]: value } } } }],
];

const at = (line: Record<string, unknown>, path: string): unknown =>
  path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], line);

/** Every declared field that is neither PUBLIC nor INTERNAL, as Type.field. */
const sensitiveFields = allRecords().flatMap((decl) =>
  decl.fields.filter((f) => f.sensitivity !== 'PUBLIC' && f.sensitivity !== 'INTERNAL').map((f) => ({ type: decl.name, field: f })),
);

describe('what the logger never writes', () => {
  it('finds the declared sensitive fields (the walk below is not empty)', () => {
    const names = sensitiveFields.map((s) => `${s.type}.${s.field.name}`);
    expect(names).toEqual(expect.arrayContaining(['CommunityWorker.idNumber', 'CommunityWorker.phone', 'CommunityWorker.monthlySalary']));
    expect(REDACT_DEPTH).toBeGreaterThanOrEqual(4);
  });

  it.each(sensitiveFields.map((s) => [`${s.type}.${s.field.name} (${s.field.sensitivity})`, s.field.name]))(
    'redacts %s wherever a record or variables could appear',
    (_label, name) => {
      for (const [path, fields] of shapes(name, `secret-of-${name}-17`)) {
        const { text, line } = logged(fields);
        expect(text, path).not.toContain(`secret-of-${name}-17`);
        expect(at(line, path), path).toBe(REDACTED);
      }
    },
  );

  it.each(SECRET_KEYS.map((k) => [k]))('redacts the credential or contact key %s', (key) => {
    for (const [path, fields] of shapes(key, `credential-${key}-42`)) {
      const { text, line } = logged(fields);
      expect(text, path).not.toContain(`credential-${key}-42`);
      expect(at(line, path), path).toBe(REDACTED);
    }
  });

  it('censors at any depth up to REDACT_DEPTH, and never changes the object it was given', () => {
    const deep = { a: { b: [{ c: { d: { idNumber: '110101199003071234' } } }] } };
    const before = JSON.stringify(deep);
    const { text } = logged({ deep });
    expect(text).not.toContain('110101199003071234');
    expect(text).toContain('"idNumber":"[REDACTED]"');
    expect(JSON.stringify(deep)).toBe(before);
  });

  it('pino redact paths cover request headers as a req serializer would log them', () => {
    const { line } = logged({
      req: { headers: { authorization: 'Bearer abc.def.ghi', cookie: 's=1', 'x-api-key': 'k-1', accept: '*/*' } },
    });
    expect(line.req).toEqual({ headers: { authorization: REDACTED, cookie: REDACTED, 'x-api-key': REDACTED, accept: '*/*' } });
  });

  it('leaves everything else as it is', () => {
    const { line } = logged({ reqId: 'abc', operation: 'Login', caller: 'ANONYMOUS', record: { id: 'r1', name: '和平社区', code: 'C-1' } });
    expect(line).toMatchObject({
      reqId: 'abc',
      operation: 'Login',
      caller: 'ANONYMOUS',
      record: { id: 'r1', name: '和平社区', code: 'C-1' },
    });
  });

  it('writes of a database error its PostgreSQL message and code, never the statement, its values or the row’s key', () => {
    // As MikroORM hands it over: knex's message with the statement and its values inlined, pg's fields copied.
    const err = Object.assign(
      new Error(
        `insert into "community_worker" ("id_number", "phone") values ('110101199003071234', '13800001234') - duplicate key value violates unique constraint "community_worker_id_number_unique"`,
      ),
      {
        name: 'UniqueConstraintViolationException',
        code: '23505',
        detail: 'Key (id_number)=(110101199003071234) already exists.',
        table: 'community_worker',
        constraint: 'community_worker_id_number_unique',
      },
    );
    const { text, line } = logged({ err });
    expect(text).not.toContain('110101199003071234');
    expect(text).not.toContain('13800001234');
    expect(line.err).toMatchObject({
      type: 'UniqueConstraintViolationException',
      message: 'duplicate key value violates unique constraint "community_worker_id_number_unique"',
      code: '23505',
      table: 'community_worker',
    });
    expect(String((line.err as { stack: string }).stack)).toMatch(/^UniqueConstraintViolationException: duplicate key[^\n]*\n\s+at /);
    // Other errors keep their message.
    expect(logged({ err: new Error('a plain failure') }).line.err).toMatchObject({ type: 'Error', message: 'a plain failure' });
  });
});
