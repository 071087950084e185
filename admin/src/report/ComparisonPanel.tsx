import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { PublishedReportComparisonDocument } from '../generated/gql/graphql';
import { request } from '../providers/graphql-client';

/** 与当前数据比较: how many of a publication's numbers changed since, each with before and after. */
export function ComparisonPanel({ id }: { id: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const result = useQuery({
    queryKey: ['publishedReportComparison', id],
    queryFn: () => request(PublishedReportComparisonDocument, { id }),
  });
  const c = result.data?.data?.publishedReportComparison;
  if (result.error) return <Alert severity="warning">{(result.error as Error).message}</Alert>;
  if (!c) return null;
  return (
    <Stack spacing={1} sx={{ mt: 3 }} data-testid="comparison">
      <Typography variant="subtitle1">
        {translate('app.published.comparison_title', { title: c.publishedReport.title, revision: c.publishedReport.revision })}
      </Typography>
      <Alert severity={c.changedCount ? 'info' : 'success'} data-testid="comparison-summary">
        {c.changedCount
          ? translate('app.published.changed', { smart_count: c.changedCount, total: c.figureCount })
          : translate('app.published.unchanged', { total: c.figureCount })}
      </Alert>
      {c.changes.length > 0 && (
        <Table size="small" data-testid="comparison-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.published.figure')}</TableCell>
              <TableCell align="right">{translate('app.published.before')}</TableCell>
              <TableCell align="right">{translate('app.published.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {c.changes.map((ch) => (
              <TableRow key={ch.key}>
                <TableCell>{locale === 'en' ? ch.labelEn : ch.label}</TableCell>
                <TableCell align="right">{ch.before?.display ?? translate('app.published.absent')}</TableCell>
                <TableCell align="right">{ch.after?.display ?? translate('app.published.absent')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
