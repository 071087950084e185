import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { contentOf } from './file-content';
import { PublishedReportFile } from './published-report-file.entity';
import { PublishedReportFileView } from './published-report.type';
import { NO_FILTERS } from './views';

@Resolver(() => PublishedReportFileView)
export class PublishedReportFileResolver {
  @FieldResolver(() => String, {
    description: 'The file as published, byte for byte; for DOCX the .docx base64-encoded, like report(format: DOCX) (正文)',
  })
  async content(@Root() f: PublishedReportFileView, @Ctx() ctx: AppContext): Promise<string> {
    // The content column is lazy: read here, for the file asked for only.
    const row = await ctx.em.findOneOrFail(PublishedReportFile, { id: f.id }, { ...NO_FILTERS, populate: ['content'] });
    return contentOf(f.format, row.content);
  }
}
