import Papa from 'papaparse';
import { enumDef } from '../model/registry';
import type { FieldDef, ResourceDef } from '../model/types';

export interface ParsedRow {
  /** The create input this row becomes. */
  input: Record<string, unknown>;
  /** Problems by field source, found before sending (the server checks everything again). */
  errors: Record<string, string>;
}

const TRUE = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE = new Set(['false', '0', 'no', 'n', '否']);

function cell(f: FieldDef, raw: string): { value?: unknown; error?: string } {
  const v = raw.trim();
  if (v === '') return {};
  switch (f.kind) {
    case 'int':
      return /^-?\d+$/.test(v) ? { value: Number(v) } : { error: 'integer' };
    case 'float':
      return Number.isFinite(Number(v)) ? { value: Number(v) } : { error: 'number' };
    case 'decimal':
      return /^-?\d{1,12}(\.\d{1,2})?$/.test(v) ? { value: v } : { error: 'decimal' };
    case 'boolean':
      return TRUE.has(v.toLowerCase()) ? { value: true } : FALSE.has(v.toLowerCase()) ? { value: false } : { error: 'boolean' };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(v) ? { value: v } : { error: 'date' };
    case 'enum':
      return enumDef(f.enum!).values.some((e) => e.value === v) ? { value: v } : { error: 'enum' };
    case 'enumSet': {
      const parts = v
        .split('|')
        .map((p) => p.trim())
        .filter(Boolean);
      return parts.every((p) => enumDef(f.enum!).values.some((e) => e.value === p)) ? { value: parts } : { error: 'enum' };
    }
    case 'id':
    case 'ref':
    case 'string':
    case 'text':
    case 'datetime':
      return { value: v };
  }
}

/** CSV text → create inputs, with the columns named by field (`code`, `serviceCenterId`, ...). */
export function parseRows(def: ResourceDef, csv: string): { rows: ParsedRow[]; columns: FieldDef[]; unknownColumns: string[] } {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const headers = parsed.meta.fields ?? [];
  const writable = def.fields.filter((f) => f.create);
  const columns = writable.filter((f) => headers.includes(f.source));
  // Columns an export adds for reading (id, version, community.name) are not imported.
  const unknownColumns = headers.filter((h) => !writable.some((f) => f.source === h) && !/^(id|version)$|\.name$/.test(h));
  const rows = parsed.data.map((raw) => {
    const row: ParsedRow = { input: {}, errors: {} };
    for (const f of writable) {
      const { value, error } = cell(f, raw[f.source] ?? '');
      if (error) row.errors[f.source] = error;
      else if (value !== undefined) row.input[f.source] = value;
      else if (f.required) row.errors[f.source] = 'required';
    }
    return row;
  });
  return { rows, columns, unknownColumns };
}
