import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ResourceDef } from '../model/types';
import type { ConsoleDataProvider } from '../providers/data-provider';
import { ChangesCell, type AuditChange } from './ChangesCell';

/** The audit entries of one record (its `history` field), newest first. */
export function RecordHistory({ def }: { def: ResourceDef }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error, isPending } = useQuery({
    queryKey: [def.name, 'history', record?.id, record?.version],
    queryFn: () => dataProvider.history(def.name, { id: record!.id }),
    enabled: !!record,
  });
  if (isPending) return null;
  if (error) return <Typography color="text.secondary">{translate('app.history.unavailable')}</Typography>;
  const entries = [...(data?.data ?? [])].reverse();
  if (!entries.length) return <Typography color="text.secondary">{translate('app.history.empty')}</Typography>;
  return (
    <Table size="small" data-testid="record-history">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.history.when')}</TableCell>
          <TableCell>{translate('app.history.who')}</TableCell>
          <TableCell>{translate('app.history.operation')}</TableCell>
          <TableCell>{translate('app.history.changes')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((e: Record<string, any>) => (
          <TableRow key={String(e.id)}>
            <TableCell>{new Date(e.at).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB')}</TableCell>
            <TableCell>{e.actorName ?? ''}</TableCell>
            <TableCell>
              {translate(`app.operations.${e.action}`, { _: String(e.action) })}
              {e.version ? ` · v${e.version}` : ''}
            </TableCell>
            <TableCell>
              <ChangesCell def={def} changes={(e.changes ?? []) as AuditChange[]} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
