import type { Block } from './document';
import { escapeCell, escapeHtml } from './escape';
import { svgBarChart } from './svg-chart';

/** Markdown: charts become tables of their bars (Markdown has no pictures without files). */
export function renderMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${b.text}`);
        break;
      case 'paragraph':
        out.push(b.text);
        break;
      case 'list':
        out.push(b.items.map((i) => `- ${i}`).join('\n'));
        break;
      case 'table':
        out.push(
          `**${b.caption}**\n\n| ${b.head.map(escapeCell).join(' | ')} |\n| ${b.head.map(() => '---').join(' | ')} |\n` +
            b.rows.map((r) => `| ${r.map(escapeCell).join(' | ')} |`).join('\n'),
        );
        break;
      case 'chart':
        out.push(
          `**${b.title}**${b.note ? `(${b.note})` : ''}\n\n| 项目 | ${b.unit} |\n| --- | --- |\n` +
            (b.bars.length ? b.bars.map((x) => `| ${escapeCell(x.label)} | ${x.display} |`).join('\n') : '| 暂无数据 | — |'),
        );
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}

const STYLE = `
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif; max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.8; color: #111; }
h1 { text-align: center; font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 1.6em; } h3 { font-size: 1.05em; }
p { text-indent: 2em; margin: .6em 0; }
table { border-collapse: collapse; width: 100%; font-size: .78em; line-height: 1.4; }
caption { font-weight: bold; margin-bottom: .4em; }
th, td { border: 1px solid #666; padding: 2px 4px; text-align: right; } th { background: #eee; text-align: center; }
td:nth-child(1), td:nth-child(2) { text-align: left; }
figure { margin: 1em 0; break-inside: avoid; } figcaption { font-weight: bold; margin-bottom: .4em; }
svg text { fill: #222; font-family: sans-serif; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } @page { size: A4; margin: 18mm 15mm; } }`;

/** Printable HTML, one file: inline style and inline SVG charts, nothing fetched. */
export function renderHtml(title: string, blocks: Block[]): string {
  const body = blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
      case 'paragraph':
        return `<p>${escapeHtml(b.text)}</p>`;
      case 'list':
        return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
      case 'table':
        return (
          `<table><caption>${escapeHtml(b.caption)}</caption><thead><tr>${b.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>` +
          `<tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
        );
      case 'chart':
        return `<figure><figcaption>${escapeHtml(b.title)}</figcaption>${svgBarChart(b)}${b.note ? `<p>${escapeHtml(b.note)}</p>` : ''}</figure>`;
    }
  });
  return `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
