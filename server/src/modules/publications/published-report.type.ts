import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../core/scalars';
import { ReportFormat } from '../figures/report/report.type';

@ObjectType('ThresholdValue', { description: 'One threshold a published report judged problems by (问题判定阈值)' })
export class ThresholdValue {
  @Field(() => String, { description: 'Its name, as in ReportThresholdsInput, e.g. minWorkersPer10k (阈值名称)' })
  name!: string;

  @Field(() => Float, { description: 'Its value at publication (阈值)' })
  value!: number;
}

@ObjectType('PublishedReportFile', { description: 'One format of a published report, stored as published (发布文件)' })
export class PublishedReportFileView {
  id!: string;

  @Field(() => ReportFormat, { description: 'Format (格式)' })
  format!: ReportFormat;

  @Field(() => String, { description: 'Media type of the decoded content (媒体类型)' })
  mimeType!: string;

  @Field(() => String, { description: 'A file name to save it under, e.g. report-2026-city-r1.docx (文件名)' })
  fileName!: string;

  @Field(() => Int, { description: 'Size of the file in bytes (字节数)' })
  byteSize!: number;

  @Field(() => String, {
    description: 'SHA-256 of the file’s bytes (for DOCX the decoded .docx), lowercase hex: what sha256sum prints for the download (校验值)',
  })
  sha256!: string;
}

@ObjectType('FigureValue', { description: 'One number a report printed (报告中的数字)' })
export class FigureValueView {
  @Field(() => String, { description: 'Where it sits, stable over time, e.g. community.<id>.workersPer10k (位置)' })
  key!: string;

  @Field(() => String, { description: 'What it is, in Chinese, e.g. 安居社区(F-A) · 每万人社区工作者数 (名称)' })
  label!: string;

  @Field(() => String, { description: 'What it is, in English (名称, 英文)' })
  labelEn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Exact value as text (amounts as their digits); null when missing or withheld (数值)',
  })
  value!: string | null;

  @Field(() => String, { description: 'As the report prints it: "—" when missing, "*" when withheld (显示值)' })
  display!: string;

  @Field(() => Boolean, { description: 'Withheld from anonymous readers by small-cell suppression (小样本不公开)' })
  withheld!: boolean;
}

@ObjectType('PublishedReport', {
  description:
    'A published version of the report (报告发布版本): rendered as an anonymous reader would get it, stored in every format, never changed; a later publication of the same year and scope supersedes it',
})
export class PublishedReportView {
  @Field(() => ID, { description: 'Identifier (标识)' })
  id!: string;

  @Field(() => Int, { description: 'Year reported on (年度)' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'The service centre reported on (服务中心), or null for the whole city' })
  serviceCenterId!: string | null;

  @Field(() => String, { description: 'The scope’s name at publication: 全市 or the centre’s name (范围)' })
  scopeName!: string;

  @Field(() => Int, { description: 'Revision within its year and scope, from 1 (第几版)' })
  revision!: number;

  @Field(() => String, { description: 'Title (标题)' })
  title!: string;

  @Field(() => DateScalar, {
    description: 'The date the report counts (统计日期): the year’s end, or the publication day in the running year',
  })
  asOf!: string;

  @Field(() => DateTimeScalar, { description: 'When the data were read: the report states them as they stood then (数据时间)' })
  dataAsOf!: Date;

  @Field(() => DateTimeScalar, { description: 'When it was published (发布时间)' })
  publishedAt!: Date;

  @Field(() => [ThresholdValue], { description: 'The thresholds it judged problems by (问题判定阈值)' })
  thresholds!: ThresholdValue[];

  @Field(() => ID, { nullable: true, description: 'The publication this one superseded (所替代的版本)' })
  supersedesId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The publication that superseded this one (被替代为), or null while it is current' })
  supersededById!: string | null;

  @Field(() => Boolean, { description: 'Whether a later publication of the same year and scope supersedes it (已被替代)' })
  superseded!: boolean;

  /** The stored figures (ReportData as JSON), for the figures field. */
  data!: Record<string, unknown>;
}
