import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../../core/scalars';

export enum ReportFormat {
  MARKDOWN = 'MARKDOWN',
  HTML = 'HTML',
  DOCX = 'DOCX',
}
registerEnumType(ReportFormat, {
  name: 'ReportFormat',
  description: 'Format of a generated report (报告格式)',
  valuesConfig: {
    MARKDOWN: { description: 'Markdown (Markdown 文本)' },
    HTML: { description: 'Printable HTML with inline SVG charts (可打印网页)' },
    DOCX: {
      description:
        'Word document (.docx) in the layout of official documents, GB/T 9704 as a guide, charts as images; content is base64 (Word 公文格式,base64 编码)',
    },
  },
});

@ObjectType({ description: 'A report generated from the data (数据生成的报告)' })
export class Report {
  @Field(() => ReportFormat, { description: 'Format of content (格式)' })
  format!: ReportFormat;

  @Field(() => String, { description: 'Title (标题)' })
  title!: string;

  @Field(() => String, {
    description: 'The whole report in the chosen format; for DOCX the .docx file base64-encoded (正文;DOCX 为 base64 编码的文件)',
  })
  content!: string;

  @Field(() => String, { description: 'Media type of the decoded content, e.g. text/markdown (媒体类型)' })
  mimeType!: string;

  @Field(() => String, { description: 'A file name to save it under, e.g. report-2026.docx (文件名)' })
  fileName!: string;

  @Field(() => DateTimeScalar, { description: 'When it was generated (生成时间)' })
  generatedAt!: Date;
}

@InputType({ description: 'Thresholds for calling something a problem (问题判定阈值); omitted ones keep the configured values' })
export class ReportThresholdsInput {
  @Field(() => Float, { nullable: true, description: 'Workers per 10,000 residents below this is reported (每万人社区工作者数下限)' })
  minWorkersPer10k?: number;

  @Field(() => Float, { nullable: true, description: 'Fiscal dependency above this is reported, 0-1 (财政依赖度上限)' })
  maxFiscalDependency?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Social organisations per 10,000 residents below this is reported (每万人社会组织数下限)',
  })
  minSocialOrgsPer10k?: number;

  @Field(() => Float, { nullable: true, description: 'Average council attendance below this is reported (议事会议平均参会人数下限)' })
  minAverageResidentAttendance?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Office area per 100 households below this is reported, in m² (每百户社区办公用房面积下限)',
  })
  minOfficeAreaPer100Households?: number;
}
