/** LIKE patterns: the caller's %, _ and \ are literal characters, never wildcards. */
export const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The operator of a case-insensitive match of `text`: `$ilike` only where case can matter.
 * PostgreSQL's ILIKE lowers the value row by row, which on Chinese text costs about four
 * times a plain LIKE when it scans; a text without a cased character (汉字, digits, 、) finds
 * the same rows either way, because lowering a value never turns a letter into an uncased
 * character.
 */
export const caseInsensitiveLike = (text: string): '$ilike' | '$like' => (text.toLowerCase() === text.toUpperCase() ? '$like' : '$ilike');
