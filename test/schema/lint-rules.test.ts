import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../server/src/config';

// The correctness rules of eslint.config.mjs, proven on planted code: each plant is linted
// as if it were appended to a real file (type-aware rules need the real program), and must
// be refused by exactly the rule that exists to refuse it.
const HOST = 'server/src/core/crud/operators.ts';

async function rulesBroken(planted: string, host = HOST): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const file = path.join(ROOT, host);
  const [result] = await eslint.lintText(`${readFileSync(file, 'utf8')}\n${planted}\n`, { filePath: file });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint rules (eslint.config.mjs)', () => {
  it('are part of npm run check, over the server, seeds, bench, tests and the console', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.check).toContain('npm run lint');
    expect(pkg.scripts.lint.split(' ')).toEqual(expect.arrayContaining(['server', 'seeds', 'bench', 'test', 'admin/src']));
  });

  it('pass on the file the plants go into', async () => {
    expect(await rulesBroken('')).toEqual([]);
  });

  it('refuse a switch over attribute kinds that leaves a kind to `default`', async () => {
    const planted = `export function planted(t: AttrType): number {
  switch (t) {
    case 'id': return 1;
    default: return 0;
  }
}`;
    expect(await rulesBroken(planted)).toEqual(['@typescript-eslint/switch-exhaustiveness-check']);
  });

  it('refuse a floating promise, `void` included', async () => {
    const planted = `export function plantedFloat(): void {
  void Promise.reject(new Error('nobody listens'));
}`;
    expect(await rulesBroken(planted)).toEqual(['@typescript-eslint/no-floating-promises']);
  });

  it('refuse a floating promise in the console too', async () => {
    const planted = `export function plantedClick(): void {
  void Promise.resolve(1).then(() => 2);
}`;
    expect(await rulesBroken(planted, 'admin/src/providers/in-background.ts')).toEqual(['@typescript-eslint/no-floating-promises']);
  });
});
