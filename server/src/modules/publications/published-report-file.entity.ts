import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { PublishedReport } from './published-report.entity';

/**
 * One format of a publication, as the bytes a reader downloads (UTF-8 text, or the .docx
 * file itself) and their SHA-256, so anyone can check a copy against the published one.
 * Immutable like its publication (the migration's trigger).
 */
@Entity({ tableName: 'published_report_file' })
@Unique({ properties: ['report', 'format'] })
export class PublishedReportFile {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => PublishedReport })
  report!: PublishedReport;

  /** A ReportFormat value: MARKDOWN, HTML or DOCX. */
  @Property({ type: 'string', length: 20 })
  format!: string;

  @Property({ type: 'string', length: 100 })
  mimeType!: string;

  @Property({ type: 'string', length: 100 })
  fileName!: string;

  /** Loaded only when content is asked for: a list of publications carries hashes, not files. */
  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Property({ type: 'integer' })
  byteSize!: number;

  /** SHA-256 of content, lowercase hex: what `sha256sum` prints for the downloaded file. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;
}
