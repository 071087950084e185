import type { FieldDef, ResourceDef } from '../model/types';

/** The operator a plain filter value uses, by the field's filter input type. */
function plainCondition(field: FieldDef, value: unknown): Record<string, unknown> {
  if (field.filter === 'StringFilter' || field.filter === 'TextFilter') return { contains: value };
  if (field.kind === 'enumSet') return { has: value };
  if (Array.isArray(value)) return { in: value };
  return { eq: value };
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * react-admin filter values → the type's GraphQL filter. Keys: a field's source (`name`,
 * `communityId`) for its natural operator, `<source>_gte` / `<source>_lte` for ranges,
 * `q` for the display field, `deleted: true` for the soft-deleted view.
 */
export function toGraphqlFilter(def: ResourceDef, values: Record<string, unknown> = {}): Record<string, unknown> | undefined {
  const filter: Record<string, Record<string, unknown>> = {};
  const add = (key: string, cond: Record<string, unknown>) => (filter[key] = { ...filter[key], ...cond });
  for (const [key, value] of Object.entries(values)) {
    if (empty(value)) continue;
    if (key === 'deleted') {
      if (value) add('deletedAt', { isNull: false });
      continue;
    }
    if (key === 'q') {
      // A searchable list gets the text as `search` instead (searchOf below): pinyin and initials too.
      if (def.search) continue;
      const display = def.fields.find((f) => f.name === def.displayField);
      // Search by the display field when it is text (or a year typed as a number).
      if (display?.filter === 'StringFilter' || display?.filter === 'TextFilter') add(display.source, { contains: value });
      else if (display?.kind === 'int' && /^\d+$/.test(String(value))) add(display.source, { eq: Number(value) });
      continue;
    }
    const range = /^(.*)_(gte|lte)$/.exec(key);
    const source = range ? range[1] : key;
    const field = def.fields.find((f) => f.source === source);
    if (!field?.filter) continue;
    const typed = field.kind === 'int' || field.kind === 'float' ? Number(value) : value;
    add(field.source, range ? { [range[2]]: typed } : plainCondition(field, typed));
  }
  return Object.keys(filter).length ? filter : undefined;
}

/**
 * The search box's text (`q`) as the list's `search` argument, where the list takes one:
 * 张伟 is found by 张, zhangwei, zhang wei or zw, best matches first. Blank: no search.
 */
export function searchOf(def: ResourceDef, values: Record<string, unknown> = {}): string | undefined {
  const q = values.q;
  return def.search && typeof q === 'string' && q.trim() !== '' ? q.trim() : undefined;
}
