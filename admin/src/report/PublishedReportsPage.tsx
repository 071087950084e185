import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../auth/permissions';
import { PublishedReportFileDocument, PublishedReportsDocument, type ReportFormat } from '../generated/gql/graphql';
import { request } from '../providers/graphql-client';
import { inBackground } from '../providers/in-background';
import { ComparisonPanel } from './ComparisonPanel';
import { downloadReport } from './download';
import { PublishPanel } from './PublishPanel';

const FORMAT_LABEL: Record<ReportFormat, string> = { MARKDOWN: 'Markdown', HTML: 'HTML', DOCX: 'Word' };

/**
 * 已发布报告 / Published reports: every publication, downloadable as published (its SHA-256
 * beside each file), and compared with today's data. Public to every role; only those the
 * server lets publish (permissions.canPublishReports) see the publish panel.
 */
export function PublishedReportsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { permissions } = usePermissions<Permissions>();
  const [locale] = useLocaleState();
  const [compared, setCompared] = useState<string | null>(null);
  const list = useQuery({ queryKey: ['publishedReports'], queryFn: () => request(PublishedReportsDocument) });
  const reports = list.data?.data?.publishedReports ?? [];
  const revisionOf = (id: string | null | undefined) => reports.find((r) => r.id === id)?.revision;
  const fetchFile = async (id: string, format: ReportFormat) => {
    const { data } = await request(PublishedReportFileDocument, { id, format });
    downloadReport(data!.publishedReport!.file);
  };
  return (
    <Card sx={{ mt: 2 }} data-testid="published-page">
      <Title title="app.menu.published" />
      <CardContent>
        {permissions?.canPublishReports && (
          <PublishPanel onPublished={() => inBackground(queryClient.invalidateQueries({ queryKey: ['publishedReports'] }))} />
        )}
        {list.error && <Alert severity="warning">{(list.error as Error).message}</Alert>}
        {list.isSuccess && !reports.length && <Alert severity="info">{translate('app.published.none')}</Alert>}
        {reports.length > 0 && (
          <Table size="small" data-testid="published-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.published.title')}</TableCell>
                <TableCell>{translate('app.published.revision')}</TableCell>
                <TableCell>{translate('app.published.published_at')}</TableCell>
                <TableCell>{translate('app.published.as_of')}</TableCell>
                <TableCell>{translate('app.published.status')}</TableCell>
                <TableCell>{translate('app.published.files')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {reports.map((r) => (
                <TableRow key={r.id} data-testid={`published-${r.year}-${r.serviceCenterId ?? 'city'}-r${r.revision}`}>
                  <TableCell>{r.title}</TableCell>
                  <TableCell>{translate('app.published.revision_n', { revision: r.revision })}</TableCell>
                  <TableCell>{new Date(r.publishedAt).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB')}</TableCell>
                  <TableCell>{r.asOf}</TableCell>
                  <TableCell>
                    {r.superseded ? (
                      <Chip
                        size="small"
                        label={translate('app.published.superseded_by', { revision: revisionOf(r.supersededById) ?? '?' })}
                      />
                    ) : (
                      <Chip size="small" color="success" label={translate('app.published.current')} />
                    )}
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1}>
                      {r.files.map((f) => (
                        <Tooltip key={f.format} title={`SHA-256 ${f.sha256}`}>
                          <Button
                            size="small"
                            startIcon={<DownloadIcon />}
                            data-testid={`download-${f.format}`}
                            onClick={() =>
                              inBackground(fetchFile(r.id, f.format).catch((e: Error) => notify(e.message, { type: 'error' })))
                            }
                          >
                            {FORMAT_LABEL[f.format]}
                          </Button>
                        </Tooltip>
                      ))}
                    </Stack>
                  </TableCell>
                  <TableCell>
                    <Button size="small" startIcon={<CompareArrowsIcon />} onClick={() => setCompared(r.id)} data-testid="compare">
                      {translate('app.published.compare')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {compared && <ComparisonPanel id={compared} />}
      </CardContent>
    </Card>
  );
}
