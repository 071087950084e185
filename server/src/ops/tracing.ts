import type { IncomingHttpHeaders } from 'node:http';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, TraceFlags, type Attributes } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';

/** W3C trace context: version 00, a 32-hex trace id and a 16-hex parent id (neither all zeros), 2-hex flags. */
const TRACEPARENT = /^00-(?!0{32})([0-9a-f]{32})-(?!0{16})([0-9a-f]{16})-([0-9a-f]{2})$/;

/** What a finished request's span is made of (ops/request-log.ts knows it when the answer is sent). */
export interface FinishedRequest {
  headers: IncomingHttpHeaders;
  startedAtMs: number;
  endedAtMs: number;
  name: string;
  attributes: Attributes;
  failed: boolean;
}

/**
 * OpenTelemetry traces over OTLP/HTTP (JSON) to OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: one
 * server span per GraphQL request, made when its answer has been sent, batched and
 * exported in the background. Its own provider per app (nothing registered globally),
 * so test apps of one process never share a pipeline. With TRUST_PROXY an incoming
 * `traceparent` makes the span a child of the proxy's trace; otherwise a client could
 * graft its requests onto any trace. Export failures are the exporter's to retry and
 * never touch a request.
 */
export function createTracing(url: string, trustProxy: boolean) {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'community-governance-platform' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }))],
  });
  const tracer = provider.getTracer('community-governance-platform');

  const parentOf = (headers: IncomingHttpHeaders) => {
    const m = trustProxy && typeof headers.traceparent === 'string' ? TRACEPARENT.exec(headers.traceparent) : null;
    if (!m) return ROOT_CONTEXT;
    return trace.setSpanContext(ROOT_CONTEXT, {
      traceId: m[1],
      spanId: m[2],
      traceFlags: parseInt(m[3], 16) & TraceFlags.SAMPLED,
      isRemote: true,
    });
  };

  return {
    /** Records the request's span; its trace id goes into the log line. */
    finished(r: FinishedRequest): string {
      const span = tracer.startSpan(
        r.name,
        { kind: SpanKind.SERVER, startTime: r.startedAtMs, attributes: r.attributes },
        parentOf(r.headers),
      );
      if (r.failed) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end(r.endedAtMs);
      return span.spanContext().traceId;
    },
    /** Sends what is batched (app.close, and tests before they look). */
    flush: () => provider.forceFlush(),
    close: () => provider.shutdown(),
  };
}

export type Tracing = ReturnType<typeof createTracing>;
