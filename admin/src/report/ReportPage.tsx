import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { ReportDocument } from '../generated/gql/graphql';
import { request } from '../providers/graphql-client';
import { YearSelect } from '../dashboard/YearSelect';
import { download, downloadBase64 } from './download';

/** The generated research report (研究报告) of a year, shown as the server renders it, with download. */
export function ReportPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [year, setYear] = useState(new Date().getFullYear());
  const html = useQuery({ queryKey: ['report', year, 'HTML'], queryFn: () => request(ReportDocument, { year, format: 'HTML' }) });
  const fetchMarkdown = () => request(ReportDocument, { year, format: 'MARKDOWN' }).then((r) => r.data!.report);
  const fetchWord = () => request(ReportDocument, { year, format: 'DOCX' }).then((r) => r.data!.report);
  const report = html.data?.data?.report;
  return (
    <Card sx={{ mt: 2 }} data-testid="report-page">
      <Title title="app.menu.report" />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
          <YearSelect value={year} onChange={setYear} />
          <Button
            startIcon={<DownloadIcon />}
            disabled={!report}
            onClick={() => report && download(`report-${year}.html`, 'text/html', report.content)}
          >
            {translate('app.report.download_html')}
          </Button>
          <Button
            startIcon={<DownloadIcon />}
            disabled={!report}
            onClick={() =>
              void fetchMarkdown()
                .then((r) => download(`report-${year}.md`, 'text/markdown', r.content))
                .catch((e: Error) => notify(e.message, { type: 'error' }))
            }
            data-testid="report-download-md"
          >
            {translate('app.report.download_markdown')}
          </Button>
          <Button
            startIcon={<DownloadIcon />}
            disabled={!report}
            onClick={() =>
              void fetchWord()
                .then((r) => downloadBase64(`report-${year}.docx`, r.mimeType, r.content))
                .catch((e: Error) => notify(e.message, { type: 'error' }))
            }
            data-testid="report-download-docx"
          >
            {translate('app.report.download_word')}
          </Button>
          {report && (
            <Typography variant="body2" color="text.secondary">
              {translate('app.report.generated_at', { at: new Date(report.generatedAt).toLocaleString() })}
            </Typography>
          )}
        </Stack>
        {html.error && <Alert severity="warning">{(html.error as Error).message}</Alert>}
        {/* The server's HTML in a sandboxed frame: it cannot run scripts or reach the console's session. */}
        {report && (
          <Box
            component="iframe"
            title={report.title}
            sandbox=""
            srcDoc={report.content}
            sx={{ width: '100%', height: '75vh', border: 0 }}
            data-testid="report-frame"
          />
        )}
      </CardContent>
    </Card>
  );
}
