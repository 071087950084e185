import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Block } from '../document';
import { svgBarChart } from '../svg-chart';

type Chart = Extract<Block, { kind: 'chart' }>;

/**
 * Families asked for in the chart's text, in order. resvg picks the first it has and
 * falls back, glyph by glyph, to any loaded font that has the character, so a machine with
 * any CJK font draws 社区 instead of boxes.
 */
const FAMILIES =
  'Noto Sans SC, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Microsoft YaHei, PingFang SC, SimHei, sans-serif';

/**
 * Extra font directories (REPORT_FONT_DIRS, separated by ":"): no CJK font ships as a
 * run-time dependency (the npm ones are WOFF2 subsets, which resvg cannot read), so the
 * system's fonts are loaded and a server without one can be given a directory of TTF/OTF.
 */
export function chartFontDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.REPORT_FONT_DIRS ?? '')
    .split(':')
    .map((d) => d.trim())
    .filter((d) => d && existsSync(d));
}

/** Twice the SVG's size: sharp when printed at the page's width. */
const ZOOM = 2;

type Png = { data: Buffer; width: number; height: number };

/**
 * Drawn charts by their SVG: resvg loads the system's fonts for every drawing (most of a Word
 * report's time), and the same figures draw the same chart byte for byte, so a report asked
 * again, or in another scope with the same numbers, reuses them. Bounded: oldest out first.
 */
const drawn = new Map<string, Png>();
const MAX_DRAWN = 64;

/** A chart block as PNG, drawn from the same SVG the HTML report inlines. */
export function chartPng(chart: Chart): Png {
  const svg = svgBarChart(chart, FAMILIES);
  const fontDirs = chartFontDirs();
  const key = `${fontDirs.join(':')}\u0000${svg}`;
  const known = drawn.get(key);
  if (known) return known;
  const png = draw(svg, fontDirs);
  if (drawn.size >= MAX_DRAWN) drawn.delete(drawn.keys().next().value!);
  drawn.set(key, png);
  return png;
}

function draw(svg: string, fontDirs: string[]): Png {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: ZOOM },
    background: '#ffffff',
    font: { loadSystemFonts: true, fontDirs },
  });
  const image = resvg.render();
  return { data: image.asPng(), width: image.width / ZOOM, height: image.height / ZOOM };
}
