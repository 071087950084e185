import { Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Title, useLocaleState, useTranslate } from 'react-admin';
import { AuditLogDocument } from '../generated/gql/graphql';
import { resourceDefs, resourceOfType } from '../model/registry';
import { request } from '../providers/graphql-client';
import { ChangesCell } from './ChangesCell';
import { ChoiceFilter, LOG_PAGE, LogPager, useCursorPages, whenText, whoText } from './LogPager';

const ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'RESTORE',
  'REVERT',
  'LOGIN',
  'LOGIN_FAILED',
  'API_KEY_CREATED',
  'API_KEY_REVOKED',
  'USER_CREATED',
  'USER_UPDATED',
  'PASSWORD_CHANGED',
];

/** Every change (who, when, which record, which operation, before and after), newest first, for auditors. */
export function AuditLogPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [recordType, setRecordType] = useState('');
  const [action, setAction] = useState('');
  const pages = useCursorPages();
  const filter = { ...(recordType ? { recordType } : {}), ...(action ? { actions: [action] } : {}) };
  const { after, reset } = pages;
  const { data } = useQuery({
    queryKey: ['auditLog', filter, after],
    queryFn: () => request(AuditLogDocument, { filter, first: LOG_PAGE, after }),
  });
  const log = data?.data?.auditLog;
  return (
    <Card sx={{ mt: 2 }} data-testid="audit-log">
      <Title title="app.audit.title" />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
          <ChoiceFilter
            label={translate('app.audit.type')}
            value={recordType}
            minWidth={200}
            choices={resourceDefs.map((d) => ({ value: d.type, label: translate(`resources.${d.name}.name`, { smart_count: 1 }) }))}
            onChange={(v) => {
              setRecordType(v);
              reset();
            }}
          />
          <ChoiceFilter
            label={translate('app.history.operation')}
            value={action}
            choices={ACTIONS.map((a) => ({ value: a, label: translate(`app.operations.${a}`, { _: a }) }))}
            onChange={(v) => {
              setAction(v);
              reset();
            }}
          />
          <LogPager pages={pages} log={log} />
        </Stack>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.history.when')}</TableCell>
              <TableCell>{translate('app.history.who')}</TableCell>
              <TableCell>{translate('app.history.operation')}</TableCell>
              <TableCell>{translate('app.audit.record')}</TableCell>
              <TableCell>{translate('app.history.changes')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(log?.nodes ?? []).map((e) => {
              const def = e.recordType ? resourceOfType(e.recordType) : undefined;
              return (
                <TableRow key={e.id}>
                  <TableCell>{whenText(e.at, locale)}</TableCell>
                  <TableCell>{whoText(e)}</TableCell>
                  <TableCell>{translate(`app.operations.${e.action}`, { _: e.action })}</TableCell>
                  <TableCell>
                    {def && e.recordId ? (
                      <Link to={`/${def.name}/${e.recordId}/show`}>{translate(`resources.${def.name}.name`, { smart_count: 1 })}</Link>
                    ) : (
                      (e.recordType ?? '')
                    )}
                  </TableCell>
                  <TableCell>
                    <ChangesCell def={def} changes={e.changes} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
