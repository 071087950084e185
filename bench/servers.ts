import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { stopChild } from '../test/support/child-process';
import { ROOT } from './options';

export type ServerName = 'ours' | 'postgraphile' | 'raw';

export interface RunningServer {
  name: ServerName;
  url: string;
  pid: number;
  /** Resident memory of the server process now, in MB. */
  rssMb: () => number;
  stop: () => Promise<void>;
}

export interface ServerSpec {
  name: ServerName;
  command: string;
  args: string[];
  env: Record<string, string>;
  port: number;
  /** Working directory; the project root unless given. */
  cwd?: string;
  /** Answers 200 once the server can take load. */
  ready: { path: string; body?: string };
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function waitReady(url: string, spec: ServerSpec, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${spec.name} exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(
        url + spec.ready.path,
        spec.ready.body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: spec.ready.body } : undefined,
      );
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${spec.name} did not become ready within 120 s:\n${log()}`);
}

/** Whether something already listens on the port: its answers would be taken for the child's. */
const portTaken = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** Starts one server as a child process (its own pid, so its memory is its own) and waits until it answers. */
export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  if (await portTaken(spec.port)) throw new Error(`port ${spec.port} is already in use: stop what listens there or pass --port`);
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd ?? ROOT,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${spec.port}`;
  try {
    await waitReady(url, spec, child, () => output);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    name: spec.name,
    url,
    pid: child.pid!,
    rssMb: () => rssOf(child.pid!),
    stop: () => stopChild(child),
  };
}
