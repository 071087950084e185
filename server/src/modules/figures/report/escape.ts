const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Record names are user input: everything printed into HTML goes through here. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML[c]);
/** Markdown table cells: a pipe or a line break would split the row. */
export const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
