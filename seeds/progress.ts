import type { Progress } from './db/sql';

const WIDTH = 28;

/**
 * A progress line per table on stderr: rewritten in place with \r on a terminal, plain
 * lines every few seconds (and when a table is done) otherwise, e.g. in CI logs.
 */
export function progressPrinter(
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = () => performance.now(),
): (p: Progress) => void {
  const tty = Boolean(stream.isTTY);
  let lastPrint = 0;
  let started = now();
  let current = '';
  return ({ table, done, total }) => {
    if (table !== current) {
      current = table;
      started = now();
      lastPrint = now();
    }
    const finished = done >= total;
    const t = now();
    const filled = total ? Math.round((done / total) * WIDTH) : WIDTH;
    const seconds = ((t - started) / 1000).toFixed(1);
    const line = `${table.padEnd(20)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(done).padStart(9)}/${total} rows ${seconds}s`;
    if (tty) {
      stream.write(`\r${line}\x1b[K${finished ? '\n' : ''}`);
    } else if (finished || t - lastPrint >= 3000) {
      stream.write(`${line}\n`);
      lastPrint = t;
    }
  };
}
