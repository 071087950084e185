import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../server/src/config';

// The architecture rules of .dependency-cruiser.cjs, run as `npm run check` runs them:
// clean on server/src, and failing on each planted violation under architecture-fixtures/
// (each fixture holds a server/src of its own with just the planted files).
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const FIXTURES = path.join(ROOT, 'test/schema/architecture-fixtures');

/** The rules depcruise reports broken in `server/src` of `dir` (one entry per violation), and its exit code. */
async function cruise(dir: string): Promise<{ exitCode: number; broken: string[]; report: string }> {
  // The reporter of npm run check: it exits with the number of errors it found.
  const args = [DEPCRUISE, 'server/src', '--config', CONFIG, '--output-type', 'err-long'];
  const { stdout, code } = await promisify(execFile)(process.execPath, args, { cwd: dir }).then(
    (r) => ({ stdout: r.stdout, code: 0 }),
    (err: { stdout?: string; code?: number }) => ({ stdout: err.stdout ?? '', code: err.code ?? -1 }),
  );
  return { exitCode: code, broken: [...stdout.matchAll(/^\s*error ([\w-]+):/gm)].map((m) => m[1]), report: stdout };
}

describe('architecture rules (.dependency-cruiser.cjs)', () => {
  it('are part of npm run check', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.check).toContain('depcruise server/src --config .dependency-cruiser.cjs');
  });

  it('pass on server/src: core/ and db/ import no module, nothing imports upward, no cycles', async () => {
    const { exitCode, report } = await cruise(ROOT);
    expect(exitCode, report).toBe(0);
    expect(report).toContain('no dependency violations found');
  });

  it.each([
    ['cycle', ['no-cycle'], 'two files of core/crud importing each other'],
    ['type-cycle', ['no-cycle'], 'two modules naming each other’s types with `import type`'],
    ['upward', ['core-not-to-modules'], 'core/graphql and db/ importing modules/index.ts'],
    ['to-app', ['core-not-to-top', 'not-to-entries'], 'core/cache importing app.ts'],
    ['layer', ['core-layer-crud'], 'core/crud importing core/graphql'],
    ['unlisted', ['core-part-unlisted'], 'a part of core no layer places'],
  ])('fail on the planted %s fixture (%j): %s', async (fixture, rules) => {
    const { exitCode, broken, report } = await cruise(path.join(FIXTURES, fixture));
    expect([...new Set(broken)].sort(), report).toEqual(rules);
    expect(exitCode, report).toBe(broken.length);
  });
});
