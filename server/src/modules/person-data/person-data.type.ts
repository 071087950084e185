import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/scalars';

@ObjectType({
  description:
    'Everything the platform holds about one identity number, as one JSON document (个人信息查阅复制, 个人信息保护法 第四十五条): ' +
    'every record holding the number, the records pointing at them, their audit entries and the other registered sources',
})
export class PersonDataExport {
  @Field(() => String, {
    description: 'A file name to save it under, e.g. person-data-2026-12-01T10-00-00Z.json; never the number (文件名)',
  })
  fileName!: string;

  @Field(() => String, { description: 'Media type of content: application/json (媒体类型)' })
  mimeType!: string;

  @Field(() => String, {
    description:
      'The document as JSON text: format, generatedAt, requestedBy, contentClasses, idNumber, records, children and sections (正文)',
  })
  content!: string;

  @Field(() => [String], { description: 'The content classes the document holds, e.g. PERSONAL, RESTRICTED (内容类别)' })
  contentClasses!: string[];

  @Field(() => Int, { description: 'How many records hold the number (记录数); 0 when none does' })
  recordCount!: number;

  @Field(() => DateTimeScalar, { description: 'When it was assembled (生成时间)' })
  generatedAt!: Date;
}
