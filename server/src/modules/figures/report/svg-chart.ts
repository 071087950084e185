import type { Block } from './document';
import { escapeHtml } from './escape';

type Chart = Extract<Block, { kind: 'chart' }>;

const ROW = 22;
const LABEL_W = 150;
const BAR_W = 420;
const VALUE_W = 110;

/**
 * A horizontal bar chart as inline SVG: no script, no external asset, prints as drawn.
 * fontFamily is for a renderer without the HTML page's style (the Word output's PNG).
 */
export function svgBarChart(chart: Chart, fontFamily?: string): string {
  const max = Math.max(chart.threshold?.value ?? 0, ...chart.bars.map((b) => b.value), 0) || 1;
  const height = chart.bars.length * ROW + 30;
  const width = LABEL_W + BAR_W + VALUE_W;
  const x = (v: number) => LABEL_W + (v / max) * BAR_W;
  const bars = chart.bars.map((b, i) => {
    const y = 10 + i * ROW;
    const low = chart.threshold && b.value < chart.threshold.value;
    return (
      `<text x="${LABEL_W - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(b.label)}</text>` +
      `<rect x="${LABEL_W}" y="${y + 3}" width="${(x(b.value) - LABEL_W).toFixed(1)}" height="${ROW - 8}" fill="${low ? '#c0392b' : '#2e6da4'}"/>` +
      `<text x="${(x(b.value) + 4).toFixed(1)}" y="${y + 14}">${escapeHtml(b.display)}</text>`
    );
  });
  const t = chart.threshold;
  const line = t
    ? `<line x1="${x(t.value).toFixed(1)}" y1="4" x2="${x(t.value).toFixed(1)}" y2="${height - 16}" stroke="#555" stroke-dasharray="4 3"/>` +
      `<text x="${x(t.value).toFixed(1)}" y="${height - 4}" text-anchor="middle">${escapeHtml(t.label)}</text>`
    : '';
  const empty = chart.bars.length ? '' : `<text x="${LABEL_W}" y="24">暂无数据</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(chart.title)}" width="${width}" height="${Math.max(height, 40)}" viewBox="0 0 ${width} ${Math.max(height, 40)}" font-size="12"${fontFamily ? ` font-family="${escapeHtml(fontFamily)}"` : ''}>` +
    `<title>${escapeHtml(chart.title)}</title>${bars.join('')}${line}${empty}</svg>`
  );
}
