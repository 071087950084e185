import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import net from 'node:net';

/** Every process (postmaster and backends) running with `dataDir` as its working directory and named postgres. */
export function postgresOf(dataDir: string): number[] {
  const dir = realpathSync(dataDir);
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
        return state !== 'Z' && readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'postgres' && readlinkSync(`/proc/${p}/cwd`) === dir;
      } catch {
        return false; // gone meanwhile, or not ours to read
      }
    })
    .map(Number);
}

/** Kills whatever a failed test left behind on `dataDir` (PostgreSQL's immediate shutdown, then SIGKILL). */
export function killPostgresOf(dataDir: string): void {
  for (const pid of postgresOf(dataDir)) {
    for (const sig of ['SIGQUIT', 'SIGKILL'] as const) {
      try {
        process.kill(pid, sig);
      } catch {
        // already gone
      }
    }
  }
}

/** A TCP port nothing listens on right now (the system picks it). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether `port` on loopback can be listened on (so nothing, an orphaned PostgreSQL included, holds it). */
export async function portIsFree(port: number): Promise<boolean> {
  const server = net.createServer();
  const free = await new Promise<boolean>((resolve) => server.once('error', () => resolve(false)).listen(port, '127.0.0.1', () => resolve(true)));
  if (free) await new Promise((resolve) => server.close(resolve));
  return free;
}
