// The load generator, run as its own process (`node --import tsx bench/drive.ts <json>`)
// so its CPU is not the orchestrator's: autocannon on loopback, one request shape.
import autocannon from 'autocannon';

export interface DriveSpec {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  duration: number;
  connections: number;
}

export interface DriveResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
}

async function main() {
  const spec = JSON.parse(process.argv[2]) as DriveSpec;
  const result = await autocannon({
    url: spec.url,
    method: spec.method,
    headers: spec.headers,
    body: spec.body,
    duration: spec.duration,
    connections: spec.connections,
    pipelining: 1,
  });
  const out: DriveResult = {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
  process.stdout.write(JSON.stringify(out));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
