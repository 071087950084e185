/**
 * How a masked field reads by default (个人信息最小必要: a caller entitled to the field sees
 * this unless it asks for the clear value with a purpose, `@reveal`). Each mask is written
 * twice, once for the resolvers and once for the one-statement path's SQL, and
 * test/privacy/masking.test.ts holds the two to the same answers.
 *
 * Characters, not bytes or UTF-16 units: a name is masked after its first character
 * whatever script it is in.
 */
export interface Mask {
  /** What the mask shows, in the schema's description. */
  shows: string;
  js(value: string): string;
  /** The same text from a SQL text expression (null stays null). */
  sql(column: string): string;
}

/** Keep the first 3 and the last 4 characters (138****1234, 110***********123X); shorter values keep their first only. */
const keepEnds: Mask = {
  shows: 'the first 3 and the last 4 characters, the rest as *',
  js(value) {
    const chars = [...value];
    if (chars.length < 8) return chars.length ? chars[0] + '*'.repeat(chars.length - 1) : '';
    return chars.slice(0, 3).join('') + '*'.repeat(chars.length - 7) + chars.slice(-4).join('');
  },
  sql: (c) =>
    `(case when ${c} is null then null when char_length(${c}) >= 8 then left(${c}, 3) || repeat('*', char_length(${c}) - 7) || right(${c}, 4)` +
    ` else left(${c}, 1) || repeat('*', char_length(${c}) - 1) end)`,
};

/** A person's name shows its first character only: 张伟 reads 张*, 欧阳娜娜 reads 欧*** (no table of two-character surnames is guessed at). */
const firstCharacter: Mask = {
  shows: 'the first character, the rest as *',
  js(value) {
    const chars = [...value];
    return chars.length ? chars[0] + '*'.repeat(Math.max(chars.length - 1, 1)) : '';
  },
  sql: (c) =>
    `(case when ${c} is null then null when ${c} = '' then '' else left(${c}, 1) || repeat('*', greatest(char_length(${c}) - 1, 1)) end)`,
};

/** Free text (a review's comments) shows that there is something, not what or how long. */
const hidden: Mask = {
  shows: 'six * whatever the text',
  js: (value) => (value === '' ? '' : '******'),
  sql: (c) => `(case when ${c} is null then null when ${c} = '' then '' else '******' end)`,
};

export const MASKS = {
  phone: keepEnds,
  idNumber: keepEnds,
  name: firstCharacter,
  text: hidden,
} as const satisfies Record<string, Mask>;

export type MaskName = keyof typeof MASKS;
