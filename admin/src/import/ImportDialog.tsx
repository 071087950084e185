import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { ResourceDef } from '../model/types';
import type { ConsoleDataProvider } from '../providers/data-provider';
import { parseRows, type ParsedRow } from './parse-rows';
import { ImportPreview } from './ImportPreview';
import { resolveReferences } from './resolve-references';
import { inBackground } from '../providers/in-background';

/** rows.3.code → row 3, field code (the server's BAD_USER_INPUT paths). */
function serverErrors(rows: ParsedRow[], fields: Array<{ path: string; message: string }>): ParsedRow[] {
  const next = rows.map((r) => ({ ...r, errors: { ...r.errors } }));
  for (const f of fields) {
    const m = /^rows\.(\d+)\.?(.*)$/.exec(f.path);
    if (m && next[Number(m[1])]) next[Number(m[1])].errors[m[2] || '*'] = f.message;
  }
  return next;
}

export function ImportDialog({ def, onClose }: { def: ResourceDef; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [parsed, setParsed] = useState<ReturnType<typeof parseRows> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (file: File) => {
    setFailure(null);
    setParsed(null);
    try {
      const rows = parseRows(def, await file.text());
      setParsed(await resolveReferences(rows, (resource, texts) => dataProvider.lookUp(resource, texts)));
    } catch (e) {
      // An unreadable file or a failed look-up: say so in the dialog, nothing is sent.
      setFailure((e as Error)?.message ?? 'error');
    }
  };
  const bad = parsed?.rows.filter((r) => Object.keys(r.errors).length).length ?? 0;

  const submit = async () => {
    if (!parsed) return;
    setBusy(true);
    setFailure(null);
    try {
      await dataProvider.importRows(def.name, { rows: parsed.rows.map((r) => r.input) });
      notify('app.import.done', { type: 'info', messageArgs: { smart_count: parsed.rows.length } });
      refresh();
      onClose();
    } catch (e: any) {
      setParsed({ ...parsed, rows: serverErrors(parsed.rows, e?.body?.fields ?? []) });
      setFailure(e?.message ?? 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth data-testid="import-dialog">
      <DialogTitle>{translate('app.import.title', { name: translate(`resources.${def.name}.name`, { smart_count: 2 }) })}</DialogTitle>
      <DialogContent>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.import.help', {
            columns: def.fields
              .filter((f) => f.create)
              .map((f) => f.source)
              .join(', '),
          })}
        </Alert>
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="import-file"
          onChange={(e) => {
            if (e.target.files?.[0]) inBackground(load(e.target.files[0]));
          }}
        />
        {parsed && parsed.unknownColumns.length > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {translate('app.import.unknown_columns', { columns: parsed.unknownColumns.join(', ') })}
          </Alert>
        )}
        {parsed && bad > 0 && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="import-bad">
            {translate('app.import.bad_rows', { smart_count: bad })}
          </Alert>
        )}
        {failure && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="import-failure">
            {translate('app.import.nothing_written')} {failure}
          </Alert>
        )}
        {parsed && <ImportPreview def={def} parsed={parsed} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!parsed || !parsed.rows.length || bad > 0 || busy}
          onClick={() => inBackground(submit())}
          data-testid="import-submit"
        >
          {translate('app.import.submit', { smart_count: parsed?.rows.length ?? 0 })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
