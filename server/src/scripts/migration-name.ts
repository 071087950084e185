/**
 * MikroORM puts the name given to `npm run migration:create -- <name>` into the class name
 * as it is (Migration<timestamp>_<name>), so `add-field-x` made a class that does not
 * compile. Words of ASCII letters and digits are kept and joined in camelCase:
 * `add-field-x` → `addFieldX`, `sessions` → `sessions`.
 */
export function migrationName(raw: string | undefined): string {
  const words = (raw ?? '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length === 0) {
    throw new Error(
      `migration name ${raw === undefined ? 'missing' : `"${raw}" has no ASCII letters or digits`}: ` +
        'run `npm run migration:create -- add-field-x` (words of a-z, 0-9; the class becomes Migration<timestamp>_addFieldX)',
    );
  }
  return words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
}
