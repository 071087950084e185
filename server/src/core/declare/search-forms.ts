import { pinyin } from 'pinyin-pro';
import type { AttrDecl, SearchColumns } from './types';

/**
 * Pinyin search (issue 19): a record type whose displayField is a string attribute gets three
 * derived columns, `<display>_pinyin` (full pinyin without tones, `zhangwei`),
 * `<display>_initials` (`zw`) and `<display>_pairs` (see pairsOf). They are computed here, from the declaration, on every write
 * (record.ts hooks), by the seeds (seeds/db/sql.ts) and for rows stored before they existed
 * (db/search-backfill.ts); they are no GraphQL field, and no declared attribute (so not in
 * audit entries, exports or the console).
 */

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** The search columns of a type, or undefined when its display field is not a string attribute. */
export function searchColumnsFor(attrs: AttrDecl[], displayField: string): SearchColumns | undefined {
  const attr = attrs.find((a) => a.name === displayField);
  if (attr?.type !== 'string') return undefined;
  return {
    display: attr.name,
    pinyinProp: `${attr.name}Pinyin`,
    initialsProp: `${attr.name}Initials`,
    displayColumn: snake(attr.name),
    pinyinColumn: `${snake(attr.name)}_pinyin`,
    initialsColumn: `${snake(attr.name)}_initials`,
    pairsProp: `${attr.name}Pairs`,
    pairsColumn: `${snake(attr.name)}_pairs`,
    personName: attr.personName ?? false,
  };
}

/** What searching ignores in pinyin: case, spaces and syllable separators (`zhang wei`, `xi'an`). */
export const searchKey = (text: string): string => text.toLowerCase().replace(/[\s'’]+/g, '');

/**
 * The pinyin forms of a display value. pinyin-pro resolves polyphonic characters from the words
 * around them (银行 hang); for a person's name its surname mode reads the first character(s) as a
 * surname (`surname: 'head'`: 单 shan, not dan). Characters that are not Chinese are kept as they
 * are (lowercased), so `A栋3号` is `adong3hao` / `ad3h`. `ü` is written `v`, as pinyin keyboards do.
 */
export function pinyinForms(value: string | null | undefined, personName: boolean): SearchForms {
  if (value == null) return { pinyin: null, initials: null, pairs: null };
  const parts = pinyin(value, { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true, surname: personName ? 'head' : 'off' });
  const full = searchKey(parts.map((p) => (p.isZh ? p.pinyin : p.origin)).join(''));
  return {
    pinyin: full,
    initials: searchKey(parts.map((p) => (p.isZh ? p.first : p.origin)).join('')),
    pairs: pairsOf(value.toLowerCase(), full),
  };
}

export interface SearchForms {
  pinyin: string | null;
  initials: string | null;
  pairs: string[] | null;
}

/**
 * Every two adjacent characters of the lowered display value and of its pinyin, sorted. A
 * trigram index cannot answer a two-character substring (`%叶娟%`, `%yj%` make no trigram),
 * and names are two or three characters: a search of two characters looks its text up here,
 * in a GIN index, instead of scanning every row (crud/search.ts). One character matches a
 * large share of the names anyway, so reading them is what any index would do.
 */
export function pairsOf(...texts: string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    const cs = [...text];
    for (let i = 0; i + 1 < cs.length; i++) out.add(cs[i] + cs[i + 1]);
  }
  return [...out].sort();
}

/** A text[] value as PostgreSQL reads it from a text parameter: `{"ab","bc"}`. */
export const textArrayLiteral = (values: string[]): string =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/**
 * The derived columns of a row as the seeds write it (snake_case columns; the pairs as an array
 * literal, since a query builder's bindings spread a JS array into a list).
 */
export function searchColumnValues(s: SearchColumns, row: Record<string, unknown>): Record<string, string | null> {
  const forms = pinyinForms(row[s.displayColumn] as string | null | undefined, s.personName);
  return {
    [s.pinyinColumn]: forms.pinyin,
    [s.initialsColumn]: forms.initials,
    [s.pairsColumn]: forms.pairs && textArrayLiteral(forms.pairs),
  };
}
