import PublishIcon from '@mui/icons-material/Publish';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, Form, ReferenceInput, useNotify, useTranslate } from 'react-admin';
import { YearSelect } from '../dashboard/YearSelect';
import { PublishReportDocument } from '../generated/gql/graphql';
import { resourceOfType, representationOf } from '../model/registry';
import { request } from '../providers/graphql-client';
import { inBackground } from '../providers/in-background';

/**
 * 发布报告 (administrators): a year and, optionally, one centre. The server renders the report
 * as anonymous readers would get it and stores it; the same year and scope again supersedes.
 */
export function PublishPanel({ onPublished }: { onPublished: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [year, setYear] = useState(new Date().getFullYear());
  const [serviceCenterId, setServiceCenterId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const centers = resourceOfType('ServiceCenter')!;
  const publish = async () => {
    setBusy(true);
    try {
      const { data } = await request(PublishReportDocument, { year, serviceCenterId });
      notify('app.published.done', { type: 'success', messageArgs: { revision: data!.publishReport.revision } });
      onPublished();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={1} sx={{ mb: 3 }} data-testid="publish-panel">
      <Typography variant="subtitle1">{translate('app.published.publish_title')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.published.publish_hint')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <YearSelect value={year} onChange={setYear} />
        <Form>
          <ReferenceInput source="serviceCenterId" reference={centers.name} perPage={20}>
            <AutocompleteInput
              label="app.published.scope_center"
              helperText="app.published.scope_city_hint"
              optionText={representationOf(centers)}
              filterToQuery={(q: string) => ({ q })}
              onChange={(id: string | null) => setServiceCenterId(id || null)}
              sx={{ minWidth: 300 }}
            />
          </ReferenceInput>
        </Form>
        <Button
          variant="contained"
          startIcon={<PublishIcon />}
          disabled={busy}
          onClick={() => inBackground(publish())}
          data-testid="publish-button"
        >
          {translate('app.published.publish')}
        </Button>
      </Stack>
    </Stack>
  );
}
