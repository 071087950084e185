import Papa from 'papaparse';
import { downloadCSV, type Exporter } from 'react-admin';
import { resourceDef } from '../model/registry';

/**
 * CSV of a list with the columns of the create input (references by id, enums by value,
 * money as exact strings), so an exported file can be edited and imported again; the
 * display names of references ride along in extra columns for people reading it.
 */
export const csvExporter: Exporter = (records, _fetchRelated, _dataProvider, resource) => {
  const def = resourceDef(resource!);
  const fields = def.fields.filter((f) => f.create || f.name === 'id' || f.name === 'version');
  const rows = records.map((r) => {
    const row: Record<string, unknown> = {};
    for (const f of fields) {
      const v = r[f.source];
      row[f.source] = r.__restricted?.includes(f.name) ? '' : Array.isArray(v) ? v.join('|') : (v ?? '');
      if (f.kind === 'ref') row[`${f.name}.name`] = r[f.name] ? Object.values(r[f.name]).slice(1).join(' ') : '';
    }
    return row;
  });
  downloadCSV(`\uFEFF${Papa.unparse(rows)}`, def.name);
};
