import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTracing } from '../../server/src/ops/tracing';
import { testConfig } from '../support/test-app';
import { post, startOpsApp, type OpsApp } from './ops-app';

/**
 * OpenTelemetry: with OTEL_EXPORTER_OTLP_TRACES_ENDPOINT set, each GraphQL request is a
 * span exported over OTLP/HTTP (JSON). The collector here is a plain HTTP server that
 * keeps what it is sent, as a real collector receives it.
 */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  status?: { code?: number };
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
}
interface OtlpExport {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: Record<string, unknown> }> };
    scopeSpans: Array<{ spans: OtlpSpan[] }>;
  }>;
}

let collector: http.Server;
const received: Array<{ path: string; contentType: string; body: OtlpExport }> = [];
let t: OpsApp;

beforeAll(async () => {
  collector = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '', body: JSON.parse(body) as OtlpExport });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(collector.address() as { port: number }).port}/v1/traces`;
  const base = testConfig();
  t = await startOpsApp({ ops: { ...base.ops, traceExporterUrl: url }, limits: { ...base.limits, trustProxy: true } });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await new Promise((r) => collector?.close(r));
});

const spans = () => received.flatMap((r) => r.body.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((s) => s.spans)));
const attr = (span: OtlpSpan, key: string) => {
  const v = span.attributes.find((a) => a.key === key)?.value;
  return v && (v.stringValue ?? v.intValue ?? v.boolValue);
};

describe('traces', () => {
  it('exports a server span per GraphQL request over OTLP/HTTP, with the request id, and the proxy’s trace as parent', async () => {
    const plain = await post(t.base, { query: 'query WhoAmI { me { role } }' });
    await plain.arrayBuffer();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const child = await post(t.base, { query: '{ __typename }' }, { traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
    await child.arrayBuffer();
    await new Promise((r) => setTimeout(r, 50)); // the span is made when the response is done
    await t.app.flushTraces();

    expect(received.length).toBeGreaterThan(0);
    expect(received[0].path).toBe('/v1/traces');
    expect(received[0].contentType).toContain('application/json');
    const service = received[0].body.resourceSpans[0].resource.attributes.find((a) => a.key === 'service.name');
    expect(service?.value.stringValue).toBe('community-governance-platform');

    const first = spans().find((s) => attr(s, 'app.request_id') === plain.headers.get('x-request-id'));
    expect(first).toBeDefined();
    expect(first).toMatchObject({ name: 'graphql query other', kind: 2 });
    expect(attr(first!, 'graphql.operation.name')).toBe('WhoAmI');
    expect(attr(first!, 'app.caller')).toBe('ANONYMOUS');
    expect(attr(first!, 'app.outcome')).toBe('ok');
    expect(BigInt(first!.endTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(first!.startTimeUnixNano));

    const second = spans().find((s) => attr(s, 'app.request_id') === child.headers.get('x-request-id'));
    expect(second?.traceId).toBe(traceId);
    expect(second?.parentSpanId).toBe('00f067aa0ba902b7');

    // The log line names the trace, so a line leads to its span.
    const line = t.lines().find((l) => l.reqId === child.headers.get('x-request-id'));
    expect(line?.traceId).toBe(traceId);
  });

  it('without TRUST_PROXY an incoming traceparent starts no child of it', async () => {
    const url = `http://127.0.0.1:${(collector.address() as { port: number }).port}/v1/traces`;
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const finished = { startedAtMs: Date.now() - 5, endedAtMs: Date.now(), name: 'graphql query other', attributes: {}, failed: false };
    const untrusted = createTracing(url, false);
    const trusted = createTracing(url, true);
    try {
      expect(untrusted.finished({ ...finished, headers: { traceparent } })).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
      expect(trusted.finished({ ...finished, headers: { traceparent } })).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
      expect(trusted.finished({ ...finished, headers: { traceparent: '00-zz-00f067aa0ba902b7-01' } })).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      await Promise.all([untrusted.close(), trusted.close()]);
    }
  });
});
