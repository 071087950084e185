import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { appSchema } from '../../server/src/app';
import { checkAgainstRelease, describeChange } from './breaking-changes';

const RELEASED_DIR = path.join(__dirname, '../../schema/released');

/** schema/released/vN.graphql with the highest N: what partners were last promised. */
function lastReleased(): { file: string; sdl: string } {
  const versions = readdirSync(RELEASED_DIR)
    .map((f) => ({ f, n: Number(/^v(\d+)\.graphql$/.exec(f)?.[1]) }))
    .filter((v) => Number.isInteger(v.n))
    .sort((a, b) => b.n - a.n);
  if (!versions.length) throw new Error('schema/released/ holds no vN.graphql');
  return { file: `schema/released/${versions[0].f}`, sdl: readFileSync(path.join(RELEASED_DIR, versions[0].f), 'utf8') };
}

/** Breaking changes a security fix had to make at once (schema/released/accepted-breaks.json), as `TYPE path`. */
const accepted = (): string[] =>
  (JSON.parse(readFileSync(path.join(RELEASED_DIR, 'accepted-breaks.json'), 'utf8')) as { accepted: Array<{ change: string }> }).accepted.map((a) => a.change);

describe('schema changes since the last release', () => {
  it('break nothing that was not deprecated first (README "Schema changes and deprecation")', async () => {
    const { file, sdl } = lastReleased();
    const check = await checkAgainstRelease(buildSchema(sdl), appSchema());
    const listed = accepted();
    const refused = check.refused.filter((c) => !listed.includes(`${c.type} ${c.path}`));
    const message = [
      `Breaking changes against ${file} to elements that were not @deprecated there:`,
      ...refused.map((c) => `  - ${describeChange(c)}`),
      'Deprecate first (@deprecated(reason: "...")), release, and remove in a later release; or keep the old field beside the new one.',
    ].join('\n');
    expect(refused.map(describeChange), message).toEqual([]);
    // An accepted break that no longer happens is a stale entry: the list says only what is true.
    const happening = check.refused.map((c) => `${c.type} ${c.path}`);
    expect(listed.filter((a) => !happening.includes(a)), 'entries of accepted-breaks.json that no longer occur').toEqual([]);
  });

  const released = buildSchema(`
    "Root (根)" type Query {
      "A (甲)" a: Int
      "B (乙)" b: Int @deprecated(reason: "use a")
      "C (丙)" c(x: Int, "old (旧)" y: Int @deprecated(reason: "unused")): Old @deprecated(reason: "gone")
      "Status (状态)" s: Status
    }
    "Old (旧)" type Old { "id (编号)" id: ID }
    "Status (状态)" enum Status { "on (开)" ON "off (关)" OFF @deprecated(reason: "no longer used") }
  `);

  it('refuses removing or changing what was not deprecated, naming each change', async () => {
    const current = buildSchema('type Query { a: String b: Int c(x: Int): Old s: Status } type Old { id: ID } enum Status { OFF }');
    const check = await checkAgainstRelease(released, current);
    expect(check.refused.map((c) => `${c.type} ${c.path}`).sort()).toEqual(['ENUM_VALUE_REMOVED Status.ON', 'FIELD_TYPE_CHANGED Query.a']);
  });

  it('allows removing what the released schema deprecated, including a type only deprecated fields used', async () => {
    const current = buildSchema('type Query { a: Int s: Status } enum Status { ON }');
    const check = await checkAgainstRelease(released, current);
    expect(check.refused.map(describeChange)).toEqual([]);
    expect(check.allowed.map((c) => `${c.type} ${c.path}`).sort()).toEqual([
      'ENUM_VALUE_REMOVED Status.OFF',
      'FIELD_REMOVED Query.b',
      'FIELD_REMOVED Query.c',
      'TYPE_REMOVED Old',
    ]);
  });

  it('treats additions as safe', async () => {
    const current = buildSchema(`
      type Query { a: Int b: Int @deprecated(reason: "use a") c(x: Int, y: Int @deprecated(reason: "unused")): Old @deprecated(reason: "gone") s: Status d: String }
      type Old { id: ID } enum Status { ON OFF @deprecated(reason: "no longer used") }`);
    const check = await checkAgainstRelease(released, current);
    expect(check.refused).toEqual([]);
    expect(check.safe.map((c) => `${c.type} ${c.path}`)).toContain('FIELD_ADDED Query.d');
  });
});
