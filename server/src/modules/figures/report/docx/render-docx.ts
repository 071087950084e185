import { Document, Packer } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Block } from '../document';
import { docxChildren } from './blocks';
import { FONT, fontTableEntries, LINE, PAGE, pageNumberFooter, runFont, SIZE } from './layout';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The report as a .docx, base64-encoded (GraphQL carries text). The same input gives the
 * same bytes: the core properties' dates are the data's as-of day instead of now, every
 * zip entry carries that day too, and drawings are numbered per document, so two callers
 * who may read the same data get the same file (the noninterference tests compare it)
 * and a file can be hashed.
 */
export async function renderDocx(title: string, blocks: Block[], asOf: string): Promise<string> {
  const doc = new Document({
    title,
    creator: '社区治理数据平台',
    lastModifiedBy: '社区治理数据平台',
    styles: {
      default: {
        document: { run: { font: runFont(FONT.body), size: SIZE.san }, paragraph: { spacing: LINE } },
      },
    },
    sections: [{ properties: { page: PAGE }, footers: { default: pageNumberFooter() }, children: docxChildren(blocks) }],
  });
  const packed = await Packer.toBuffer(doc);
  return Buffer.from(finish(packed, asOf)).toString('base64');
}

/** What docx cannot be told: fixed times and drawing numbers, and the fonts' fallbacks. */
function finish(zip: Uint8Array, asOf: string): Uint8Array {
  const stamp = `${asOf}T00:00:00Z`;
  const files = unzipSync(zip);
  const core = files['docProps/core.xml'];
  if (core)
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, (_m, open: string) => `${open}${stamp}`),
    );
  // docx numbers drawings from a counter that lives as long as the process: number them per document.
  const body = files['word/document.xml'];
  if (body) {
    let n = 0;
    files['word/document.xml'] = strToU8(strFromU8(body).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`));
  }
  // docx writes an empty font table (it fills it only for embedded fonts): name the fallbacks there.
  const fonts = files['word/fontTable.xml'];
  if (fonts)
    files['word/fontTable.xml'] = strToU8(strFromU8(fonts).replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${fontTableEntries()}</w:fonts>`));
  // Zip times are local (DOS) times, read by fflate in the process's time zone: the as-of
  // day's midnight built from local parts reads the same under any TZ.
  const [y, m, d] = asOf.split('-').map(Number);
  const mtime = new Date(y, m - 1, d);
  // Entries in a fixed order with a fixed time: the zip's bytes depend on the content only.
  return zipSync(Object.fromEntries(Object.keys(files).map((name) => [name, [files[name], { mtime }]])), { level: 6 });
}
