import { AlignmentType, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import type { Block } from '../document';
import { chartPng } from './chart-image';
import { FONT, para, runFont, SIZE, TEXT_WIDTH_TWIPS } from './layout';

type TableBlock = Extract<Block, { kind: 'table' }>;
type ChartBlock = Extract<Block, { kind: 'chart' }>;

/** The page's width in pixels as docx sizes images (96 per inch; 156 mm). */
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH_TWIPS / 1440) * 96);

/** Wide tables (the appendix has 20 columns) get a smaller size so a row still fits the page. */
const cellSize = (columns: number) => (columns > 8 ? SIZE.liu : SIZE.xiaoWu);

function cell(text: string, size: number, header: boolean, left: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : left ? AlignmentType.LEFT : AlignmentType.RIGHT,
        children: [new TextRun({ text, font: runFont(header ? FONT.heading2 : FONT.song), size })],
      }),
    ],
  });
}

/** A character's width in half-ems: 汉字 and full-width signs take two, digits and Latin letters one. */
const textWidth = (t: string) => [...t].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);

/**
 * Column widths by the longest text in each column (the header counted at half, as it
 * wraps more gracefully than a number), so 20 columns share the page without a money
 * column breaking mid-number while a count column stays wide.
 */
function columnWidths(b: TableBlock): number[] {
  const need = b.head.map((h, i) => Math.max(3, Math.ceil(textWidth(h) / 2), ...b.rows.map((r) => textWidth(r[i] ?? ''))));
  const total = need.reduce((a, n) => a + n, 0);
  return need.map((n) => Math.floor((TEXT_WIDTH_TWIPS * n) / total));
}

/** A real Word table: a header row that repeats on every page, the first two columns (code, name) left-aligned. */
function table(b: TableBlock): FileChild[] {
  const size = cellSize(b.head.length);
  const widths = columnWidths(b);
  return [
    new Paragraph(para.caption(b.caption)),
    new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, children: b.head.map((h) => cell(h, size, true, false)) }),
        ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, size, false, i < 2)) })),
      ],
    }),
  ];
}

/** A chart as its caption, the PNG of its SVG at the page's width, and its note. */
function chart(b: ChartBlock): FileChild[] {
  const png = chartPng(b);
  const scale = Math.min(1, TEXT_WIDTH_PX / png.width);
  return [
    new Paragraph(para.caption(b.title)),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: Boolean(b.note),
      children: [
        new ImageRun({
          type: 'png',
          data: png.data,
          transformation: { width: Math.round(png.width * scale), height: Math.round(png.height * scale) },
          altText: { name: b.title, title: b.title, description: b.bars.map((x) => `${x.label}:${x.display}`).join(';') || '暂无数据' },
        }),
      ],
    }),
    ...(b.note ? [new Paragraph(para.body(b.note))] : []),
  ];
}

/** The report's blocks as the Word document's body, in the order the other formats print them. */
export function docxChildren(blocks: Block[]): FileChild[] {
  return blocks.flatMap((b): FileChild[] => {
    switch (b.kind) {
      case 'heading':
        return [new Paragraph(b.level === 1 ? para.title(b.text) : para.heading(b.text, b.level))];
      case 'paragraph':
        return [new Paragraph(para.body(b.text))];
      case 'list':
        // Official documents number their points in the text, not with bullets: one indented paragraph each.
        return b.items.map((i) => new Paragraph(para.body(i)));
      case 'table':
        return table(b);
      case 'chart':
        return chart(b);
    }
  });
}
