import type { GraphQLObjectType } from 'graphql';
import type { CorpusInput, Item } from './corpus';

/**
 * Published reports (issue 18): each publication says only what anonymous callers were told
 * when it was made, so its list, its files (every format, byte for byte), its figures and its
 * comparison with today's data (computed as the anonymous caller) must read the same from both
 * databases for every caller. The world publishes before and after the data it adds
 * (world.ts), so there is a superseded publication and a comparison with changes. Publishing
 * itself is refused to every caller class here (only ADMIN publishes): refused alike.
 */
export async function publicationItems(input: CorpusInput, selectAll: (type: GraphQLObjectType) => string): Promise<Item[]> {
  const rows = (await input.sql.query<{ id: string; scope: string }>('select id, scope from published_report order by published_at, id'))
    .rows;
  const type = (name: string) => input.schema.getType(name) as GraphQLObjectType;
  // The files' content is asked once per publication below; the list and the comparisons ask for everything else.
  const withoutContent = (name: string) => selectAll(type(name)).replace(/\bcontent\b/g, '');
  const report = withoutContent('PublishedReport');
  const items: Item[] = [
    {
      name: 'publishedReports',
      run: (exec) => exec(`{ all: publishedReports { ${report} } current: publishedReports(current: true) { id } }`),
    },
    {
      name: 'publishReport (refused)',
      run: (exec) => exec(`mutation { publishReport(year: ${input.year}) { id } }`),
    },
  ];
  // Today's figures are computed once per comparison (the slowest item here): one publication of each scope is enough,
  // the first, which the world's later rows changed.
  const compared = new Set(rows.filter((r, i) => rows.findIndex((x) => x.scope === r.scope) === i).map((r) => r.id));
  for (const { id } of rows) {
    items.push({
      name: `publishedReport ${id} with every format`,
      run: (exec) =>
        exec(
          `query($id: ID!) { publishedReport(id: $id) { id md: file(format: MARKDOWN) { content sha256 } html: file(format: HTML) { content sha256 } docx: file(format: DOCX) { content sha256 } } }`,
          { id },
        ),
    });
    if (!compared.has(id)) continue;
    items.push({
      name: `publishedReportComparison ${id}`,
      run: (exec) =>
        exec(`query($id: ID!) { publishedReportComparison(id: $id) { ${withoutContent('PublishedReportComparison')} } }`, { id }),
    });
  }
  return items;
}
