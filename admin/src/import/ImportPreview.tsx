import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ResourceDef } from '../model/types';
import type { parseRows } from './parse-rows';
import { RefCell } from './RefCell';

const MAX = 50;

/** The rows as they will be written, with each row's problems beside it. */
export function ImportPreview({ def, parsed }: { def: ResourceDef; parsed: ReturnType<typeof parseRows> }) {
  const translate = useTranslate();
  const label = (source: string) => {
    const f = def.fields.find((x) => x.source === source);
    return f ? translate(`resources.${def.name}.fields.${f.name}`) : source;
  };
  const problem = (source: string, code: string) => `${label(source)}: ${translate(`app.import.errors.${code}`, { _: code })}`;
  const shown = parsed.rows.slice(0, MAX);
  const columnIds = (source: string) => [...new Set(shown.map((r) => String(r.input[source] ?? '')).filter(Boolean))].sort();
  return (
    <Table size="small" sx={{ mt: 2 }} data-testid="import-preview">
      <TableHead>
        <TableRow>
          <TableCell>#</TableCell>
          {parsed.columns.map((c) => (
            <TableCell key={c.source}>{label(c.source)}</TableCell>
          ))}
          <TableCell>{translate('app.import.problems')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {shown.map((r, i) => {
          const errors = Object.entries(r.errors);
          return (
            <TableRow
              key={i}
              sx={errors.length ? { bgcolor: 'error.light' } : undefined}
              data-row-error={errors.length > 0 ? 'true' : undefined}
            >
              <TableCell>{i + 1}</TableCell>
              {parsed.columns.map((c) => (
                <TableCell key={c.source}>
                  {c.kind === 'ref' && r.input[c.source] ? (
                    <RefCell field={c} id={String(r.input[c.source])} columnIds={columnIds(c.source)} />
                  ) : (
                    String(r.input[c.source] ?? '')
                  )}
                </TableCell>
              ))}
              <TableCell>
                {errors.map(([s, code]) => (
                  <div key={s}>{problem(s, code)}</div>
                ))}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
