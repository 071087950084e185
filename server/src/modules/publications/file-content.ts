import { createHash } from 'node:crypto';
import { ReportFormat } from '../figures/report/report.type';

/** Formats whose `content` travels base64-encoded in GraphQL (report.type.ts says so of DOCX); the rest are UTF-8 text. */
const BINARY: ReadonlySet<string> = new Set([ReportFormat.DOCX]);

/** The bytes a reader downloads, from a report's `content`. */
export const bytesOf = (format: string, content: string): Buffer =>
  BINARY.has(format) ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');

/** The stored bytes as `content` again, in the same encoding as the report query's. */
export const contentOf = (format: string, bytes: Buffer): string => bytes.toString(BINARY.has(format) ? 'base64' : 'utf8');

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
