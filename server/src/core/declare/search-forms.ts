import { pinyin } from 'pinyin-pro';
import type { AttrDecl, SearchColumns } from './types';

/**
 * Pinyin search (issue 19): a record type whose displayField is a string attribute gets two
 * derived text columns, `<display>_pinyin` (full pinyin without tones, `zhangwei`) and
 * `<display>_initials` (`zw`). They are computed here, from the declaration, on every write
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
export function pinyinForms(value: string | null | undefined, personName: boolean): { pinyin: string | null; initials: string | null } {
  if (value == null) return { pinyin: null, initials: null };
  const parts = pinyin(value, { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true, surname: personName ? 'head' : 'off' });
  return {
    pinyin: searchKey(parts.map((p) => (p.isZh ? p.pinyin : p.origin)).join('')),
    initials: searchKey(parts.map((p) => (p.isZh ? p.first : p.origin)).join('')),
  };
}

/** The derived columns of a row as the seeds write it (snake_case columns). */
export function searchColumnValues(s: SearchColumns, row: Record<string, unknown>): Record<string, string | null> {
  const forms = pinyinForms(row[s.displayColumn] as string | null | undefined, s.personName);
  return { [s.pinyinColumn]: forms.pinyin, [s.initialsColumn]: forms.initials };
}
