// Parses the bilingual labels the server writes into schema descriptions:
// "English (中文)", optionally followed by ". more" or "; more" (see server describeLabel).

/** Top-level parenthesised groups of a string, as [start, end] index pairs. */
function groups(text) {
  const found = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '（') {
      if (depth === 0) start = i;
      depth++;
    } else if ((c === ')' || c === '）') && depth > 0) {
      depth--;
      if (depth === 0) found.push([start, i]);
    }
  }
  return found;
}

/**
 * { en, zh, note } of a description; the Chinese label is the first top-level group that
 * ends the label (followed by the end, "." or ";"), so "Area (km²) (面积(平方公里))" works.
 */
function parseLabel(description, fallback) {
  const text = (description || '').trim();
  for (const [start, end] of groups(text)) {
    const next = text[end + 1];
    if (next === undefined || next === '.' || next === ';') {
      const en = text.slice(0, start).trim();
      const zh = text.slice(start + 1, end).trim();
      const note = text.slice(end + 2).trim();
      if (en && zh) return note ? { en, zh, note } : { en, zh };
    }
  }
  const plain = text || fallback;
  return { en: plain, zh: plain };
}

module.exports = { parseLabel };
