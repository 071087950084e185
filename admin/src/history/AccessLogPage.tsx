import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Title, useLocaleState, useTranslate } from 'react-admin';
import { AccessLogDocument, type RevealPurpose } from '../generated/gql/graphql';
import { enumDef, resourceOfType } from '../model/registry';
import { request } from '../providers/graphql-client';
import { ChoiceFilter, LOG_PAGE, LogPager, useCursorPages, whenText, whoText } from './LogPager';

/**
 * 个人信息访问日志, for auditors: who read which masked field of which record in clear, when and
 * why, newest first; by identity number it answers "who looked at this person's data".
 */
export function AccessLogPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [idNumber, setIdNumber] = useState('');
  const [purpose, setPurpose] = useState<RevealPurpose | ''>('');
  const pages = useCursorPages();
  const wholeNumber = /^\d{17}[\dXx]$/.test(idNumber.trim());
  const filter = { ...(wholeNumber ? { idNumber: idNumber.trim() } : {}), ...(purpose ? { purposes: [purpose] } : {}) };
  const { data } = useQuery({
    queryKey: ['accessLog', filter, pages.after],
    queryFn: () => request(AccessLogDocument, { filter, first: LOG_PAGE, after: pages.after }),
  });
  const log = data?.data?.accessLog;
  return (
    <Card sx={{ mt: 2 }} data-testid="access-log">
      <Title title="app.access_log.title" />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
          <TextField
            size="small"
            label={translate('app.access_log.id_number')}
            helperText={translate('app.access_log.id_number_hint')}
            value={idNumber}
            onChange={(e) => {
              setIdNumber(e.target.value);
              pages.reset();
            }}
          />
          <ChoiceFilter
            label={translate('app.reveal.purpose')}
            value={purpose}
            choices={enumDef('RevealPurpose').values.map((v) => ({ value: v.value, label: translate(`enums.RevealPurpose.${v.value}`) }))}
            onChange={(v) => {
              setPurpose(v as RevealPurpose);
              pages.reset();
            }}
          />
          <LogPager pages={pages} log={log} />
        </Stack>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.history.when')}</TableCell>
              <TableCell>{translate('app.history.who')}</TableCell>
              <TableCell>{translate('app.audit.record')}</TableCell>
              <TableCell>{translate('app.access_log.field')}</TableCell>
              <TableCell>{translate('app.reveal.purpose')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(log?.nodes ?? []).map((e) => {
              const def = resourceOfType(e.recordType);
              return (
                <TableRow key={e.id}>
                  <TableCell>{whenText(e.at, locale)}</TableCell>
                  <TableCell>{whoText(e)}</TableCell>
                  <TableCell>
                    {def ? (
                      <Link to={`/${def.name}/${e.recordId}/show`}>{translate(`resources.${def.name}.name`, { smart_count: 1 })}</Link>
                    ) : (
                      e.recordType
                    )}
                  </TableCell>
                  <TableCell>{def ? translate(`resources.${def.name}.fields.${e.field}`, { _: e.field }) : e.field}</TableCell>
                  <TableCell>{translate(`enums.RevealPurpose.${e.purpose}`, { _: e.purpose })}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
