import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** The scope key of a report of the whole city (a centre's report is keyed by the centre's id). */
export const CITY_SCOPE = 'CITY';

/**
 * One publication of the report (发布版本): what the anonymous reader was told of a year
 * and scope at one moment, kept for good. Rows are never changed or deleted (a trigger of
 * the migration refuses it): a later publication of the same year and scope supersedes
 * this one by naming it in `supersedesId`, so "superseded" is a fact about the other row.
 */
@Entity({ tableName: 'published_report' })
// One chain of revisions per year and scope; `scope` is never null so that the city's chain is unique too.
@Unique({ properties: ['year', 'scope', 'revision'] })
export class PublishedReport {
  [OptionalProps]?: 'publishedAt' | 'supersedesId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'integer' })
  year!: number;

  /** CITY_SCOPE, or the id of the service centre reported on. */
  @Index()
  @Property({ type: 'string', length: 36 })
  scope!: string;

  /** 全市, or the centre's name as it was at publication. */
  @Property({ type: 'text' })
  scopeName!: string;

  /** 1 for the first publication of its year and scope, then one more for each that supersedes. */
  @Property({ type: 'integer' })
  revision!: number;

  /** The publication this one supersedes; unique, so two publishers cannot both supersede the same one. */
  @Property({ type: 'uuid', nullable: true, unique: true })
  supersedesId?: string | null;

  @Property({ type: 'text' })
  title!: string;

  /** The statistical date the report counts (统计日期): the year's end, or the publication day in the running year. */
  @Property({ type: 'date' })
  asOf!: string;

  /** When the data were read: the report states them as they stood then. */
  @Property({ type: 'datetime' })
  dataAsOf!: Date;

  @Index()
  @Property({ type: 'datetime' })
  publishedAt: Date = new Date();

  /** Every threshold the report judged problems by, as resolved at publication (settings and the request's own), in order. */
  @Property({ type: 'json' })
  thresholds!: Array<{ name: string; value: number }>;

  /**
   * The figures the report was made from (figures/report/report-data.ts), as the anonymous
   * reader got them: withheld values are null here too. Compared with today's by comparison.ts.
   */
  @Property({ type: 'json' })
  figures!: Record<string, unknown>;
}
