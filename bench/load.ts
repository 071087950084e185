import { spawn } from 'node:child_process';
import type { DriveResult, DriveSpec } from './drive';
import { ROOT } from './options';
import type { HttpRequest } from './queries';
import type { RunningServer } from './servers';

/**
 * Drives one server with one request for `duration` seconds from a separate
 * process (bench/drive.ts), sampling the server's resident memory meanwhile.
 */
export async function drive(
  server: RunningServer,
  r: HttpRequest,
  duration: number,
  connections: number,
): Promise<DriveResult & { rssMb: number }> {
  const spec: DriveSpec = { url: server.url + r.path, method: r.method, headers: r.headers, body: r.body, duration, connections };
  let peak = server.rssMb();
  const sampler = setInterval(() => (peak = Math.max(peak, server.rssMb())), 200);
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'bench/drive.ts', JSON.stringify(spec)], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let text = '';
      child.stdout.on('data', (c: Buffer) => (text += c.toString()));
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`the load generator exited with ${code}`))));
    });
    return { ...(JSON.parse(out) as DriveResult), rssMb: peak };
  } finally {
    clearInterval(sampler);
  }
}
