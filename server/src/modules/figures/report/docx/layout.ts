import {
  AlignmentType,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionPropertiesOptions,
} from 'docx';

/**
 * The layout of Chinese official documents, GB/T 9704-2012 taken as a guide: A4, its
 * margins, its fonts and sizes (号 → pt), 28 characters a line and a fixed line pitch.
 */

/** Millimetres to twips, rounded (docx's own helper floors, which makes A4 11905 twips wide instead of Word's 11906). */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

/** Font sizes by 号, in half-points as Word stores them. */
export const SIZE = { er: 44, san: 32, si: 28, xiaoWu: 18, liu: 15 } as const;

/**
 * A font is named for East Asian text (w:eastAsia, what Word uses for 汉字) and for Latin
 * text and digits. A run has no fallback list: the fallback is the font table's altName
 * (fontTable.xml, written by render-docx.ts), which Word uses when the named font is not
 * installed, e.g. 仿宋 where 仿宋_GB2312 is missing, as on a Windows since Vista.
 */
export interface CjkFont {
  eastAsia: string;
  alt: string;
  latin: string;
}
export const FONT = {
  /** 小标宋: the title. */
  title: { eastAsia: '方正小标宋简体', alt: '华文中宋', latin: 'SimSun' },
  /** 仿宋: the body. */
  body: { eastAsia: '仿宋_GB2312', alt: '仿宋', latin: 'FangSong' },
  /** 黑体: 一、 headings. */
  heading2: { eastAsia: '黑体', alt: 'SimHei', latin: 'SimHei' },
  /** 楷体: (一) headings. */
  heading3: { eastAsia: '楷体_GB2312', alt: '楷体', latin: 'KaiTi' },
  /** 宋体: page numbers and tables. */
  song: { eastAsia: '宋体', alt: 'SimSun', latin: 'SimSun' },
} satisfies Record<string, CjkFont>;

/** The font table's entries: each East Asian font with its fallback, GB2312 charset (86). */
export const fontTableEntries = (): string =>
  Object.values(FONT)
    .map(
      (f) =>
        `<w:font w:name="${f.eastAsia}"><w:altName w:val="${f.alt}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');

export const runFont = (f: CjkFont): IRunOptions['font'] => ({ eastAsia: f.eastAsia, ascii: f.latin, hAnsi: f.latin, cs: f.latin });

/** Fixed 28.9 pt lines (578 twips): 22 lines in the 225 mm between the margins, as GB/T 9704 sets it. */
export const LINE = { line: 578, lineRule: LineRuleType.EXACT } as const;

/** The printable width in twips (210 - 28 - 26 = 156 mm): tables and charts are laid out to it. */
export const TEXT_WIDTH_TWIPS = mm(156);

export const PAGE: ISectionPropertiesOptions['page'] = {
  size: { width: mm(210), height: mm(297) },
  margin: {
    top: mm(37),
    bottom: mm(35),
    left: mm(28),
    right: mm(26),
    // The page number sits in the bottom margin, 7 mm below the text as in GB/T 9704.
    footer: mm(28),
    header: mm(15),
  },
};

/** Paragraph options by role, so every block of one kind looks the same. */
export const para = {
  title: (text: string): IParagraphOptions => ({
    alignment: AlignmentType.CENTER,
    spacing: { ...LINE, line: 700, after: 578 },
    children: [new TextRun({ text, font: runFont(FONT.title), size: SIZE.er })],
  }),
  body: (text: string): IParagraphOptions => ({
    alignment: AlignmentType.JUSTIFIED,
    spacing: LINE,
    // Two characters: firstLineChars for Word, the twips (2 × 16 pt) for readers that ignore it.
    indent: { firstLineChars: 200, firstLine: 640 },
    children: [new TextRun({ text, font: runFont(FONT.body), size: SIZE.san })],
  }),
  heading: (text: string, level: 2 | 3): IParagraphOptions => ({
    spacing: LINE,
    indent: { firstLineChars: 200, firstLine: 640 },
    keepNext: true,
    children: [new TextRun({ text, font: runFont(level === 2 ? FONT.heading2 : FONT.heading3), size: SIZE.san })],
  }),
  caption: (text: string): IParagraphOptions => ({
    alignment: AlignmentType.CENTER,
    spacing: LINE,
    keepNext: true,
    children: [new TextRun({ text, font: runFont(FONT.heading2), size: SIZE.si })],
  }),
};

/** "— 1 —" in 4号 宋体, centred: the page number of official documents. */
export function pageNumberFooter(): Footer {
  const run = (children: IRunOptions['children']) => new TextRun({ children, font: runFont(FONT.song), size: SIZE.si });
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(['— ']), run([PageNumber.CURRENT]), run([' —'])] })],
  });
}
