import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { stopChild } from '../support/child-process';

export const ROOT = path.resolve(__dirname, '../..');

/**
 * Where the test builds the server: `npm run build`'s tsc step (tsconfig.build.json)
 * with its own output folder, so the incremental state (tsbuildinfo, kept beside the
 * output) only ever describes files this build wrote. Inside the project, like dist/:
 * main.js finds the project folder, node_modules and schema/ by walking up.
 */
export const BUILD_DIR = path.join(ROOT, 'node_modules/.cache/production-build');

/** Compiles server/, seeds/ and the migrations with tsc, as docs/deploy.md's `npm run build` does; unchanged files are not emitted again. */
export async function buildServer(): Promise<void> {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  const args = [
    '-p',
    'tsconfig.build.json',
    '--outDir',
    BUILD_DIR,
    '--incremental',
    '--tsBuildInfoFile',
    path.join(BUILD_DIR, 'tsconfig.build.tsbuildinfo'),
  ];
  try {
    await promisify(execFile)(process.execPath, [tsc, ...args], { cwd: ROOT, maxBuffer: 10_000_000 });
  } catch (err) {
    const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
    throw new Error(`tsc build failed:\n${stdout}${stderr}`);
  }
}

export interface BuiltServer {
  child: ChildProcess;
  base: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** `node <build>/server/src/main.js` from the project folder, as each deployed process runs. */
export async function startBuiltServer(env: Record<string, string>, startTimeoutMs = 60_000): Promise<BuiltServer> {
  const child = spawn(process.execPath, [path.join(BUILD_DIR, 'server/src/main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the built server did not start within ${startTimeoutMs / 1000} s:\n${out}`)),
      startTimeoutMs,
    );
    child.stdout!.on('data', () => {
      const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the built server exited (${code ?? signal}) before listening:\n${out}`));
    });
  });
  return { child, base: `http://127.0.0.1:${port}`, output: () => out, stop: () => stopChild(child) };
}
