import { Alert, Card, CardContent, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AutocompleteInput, Form, ReferenceInput, Title, useTranslate } from 'react-admin';
import { DataQualityDocument } from '../generated/gql/graphql';
import { resourceOfType, representationOf } from '../model/registry';
import { request } from '../providers/graphql-client';

/**
 * 数据质量: the stored values of one community's records that the server's format checks
 * (身份证号, 统一社会信用代码, phones) refuse, each linked to its record. The server lists only
 * what this user may read; fixing a value is an ordinary edit of the record.
 */
export function DataQualityPage() {
  const translate = useTranslate();
  const [communityId, setCommunityId] = useState<string | null>(null);
  const communities = resourceOfType('Community')!;
  const issues = useQuery({
    queryKey: ['dataQuality', communityId],
    enabled: !!communityId,
    queryFn: () => request(DataQualityDocument, { communityId: communityId! }),
  });
  const rows = issues.data?.data?.dataQuality ?? [];
  return (
    <Card sx={{ mt: 2 }} data-testid="data-quality-page">
      <Title title="app.menu.data_quality" />
      <CardContent>
        <Form>
          <ReferenceInput source="communityId" reference={communities.name} perPage={20}>
            <AutocompleteInput
              label="app.quality.community"
              optionText={representationOf(communities)}
              filterToQuery={(q: string) => ({ q })}
              onChange={(id: string | null) => setCommunityId(id || null)}
              sx={{ minWidth: 320 }}
            />
          </ReferenceInput>
        </Form>
        {issues.error && <Alert severity="warning">{(issues.error as Error).message}</Alert>}
        {communityId && issues.isSuccess && !rows.length && (
          <Alert severity="success" data-testid="data-quality-clean">
            {translate('app.quality.clean')}
          </Alert>
        )}
        {rows.length > 0 && (
          <Stack>
            <Table size="small" data-testid="data-quality-table">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.quality.record')}</TableCell>
                  <TableCell>{translate('app.quality.field')}</TableCell>
                  <TableCell>{translate('app.quality.problem')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => {
                  const def = resourceOfType(r.recordType);
                  const type = def ? translate(`resources.${def.name}.name`, { smart_count: 1 }) : r.recordType;
                  const field = def ? translate(`resources.${def.name}.fields.${r.field}`, { _: r.field }) : r.field;
                  return (
                    <TableRow key={`${r.recordId}:${r.field}`}>
                      <TableCell>
                        {def ? <Link href={`#/${def.name}/${r.recordId}/show`}>{`${type} ${r.display ?? r.recordId}`}</Link> : r.recordId}
                      </TableCell>
                      <TableCell>{field}</TableCell>
                      <TableCell>{r.problem}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
