import { Alert, Card, CardContent, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AutocompleteInput, Form, ReferenceInput, Title, usePermissions, useTranslate } from 'react-admin';
import { typePermission, type Permissions } from '../auth/permissions';
import { YearSelect } from '../dashboard/YearSelect';
import { DataCompletenessDocument, type DataCompletenessQuery } from '../generated/gql/graphql';
import { representationOf, resourceOfType } from '../model/registry';
import type { ResourceDef } from '../model/types';
import { request } from '../providers/graphql-client';

type Gap = DataCompletenessQuery['dataCompleteness']['gaps'][number];

/** The form field that names a record's community (a budget line's `communityId`): where a new record's link presets it. */
const communitySource = (def: ResourceDef) => def.fields.find((f) => f.ref?.type === 'Community')?.source;

/**
 * 数据完整性: per community, the inputs the figures need that are missing (fields declared
 * requiredForFigures left empty; records a year should have, e.g. council meetings, not entered),
 * from the same `dataCompleteness` the report states its gaps from. Each gap links to where it is
 * fixed: the record's edit page, or a new record of the missing type for that community.
 */
export function DataCompletenessPage() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const [year, setYear] = useState(new Date().getFullYear());
  const [serviceCenterId, setServiceCenterId] = useState<string | null>(null);
  const centres = resourceOfType('ServiceCenter')!;
  const communities = resourceOfType('Community')!;
  const answer = useQuery({
    queryKey: ['dataCompleteness', year, serviceCenterId],
    queryFn: () => request(DataCompletenessDocument, { year, serviceCenterId }),
  });
  const result = answer.data?.data?.dataCompleteness;
  const typeName = (type: string) => {
    const def = resourceOfType(type);
    return def ? translate(`resources.${def.name}.name`, { smart_count: 1 }) : type;
  };
  const fieldName = (type: string, field: string) => {
    const def = resourceOfType(type);
    return def ? translate(`resources.${def.name}.fields.${field}`, { _: field }) : field;
  };
  const missing = (kind: string, type: string, field: string) =>
    kind === 'NO_RECORDS' ? translate('app.completeness.no_records', { year, type: typeName(type) }) : fieldName(type, field);

  /** Where a gap is fixed: the record's edit page (or its page, read-only), or a new record for the community. */
  function fixLink(g: Gap): string | null {
    const def = resourceOfType(g.recordType);
    if (!def) return null;
    const may = typePermission(permissions, g.recordType);
    if (g.kind === 'NO_RECORDS') {
      const source = communitySource(def);
      if (may.canCreate && source) return `#/${def.name}/create?source=${encodeURIComponent(JSON.stringify({ [source]: g.communityId }))}`;
      return `#/${communities.name}/${g.communityId}/show`;
    }
    return may.canUpdate ? `#/${def.name}/${g.recordId}` : `#/${def.name}/${g.recordId}/show`;
  }

  return (
    <Card sx={{ mt: 2 }} data-testid="data-completeness-page">
      <Title title="app.menu.data_completeness" />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
          <YearSelect value={year} onChange={setYear} />
          <Form>
            <ReferenceInput source="serviceCenterId" reference={centres.name} perPage={20}>
              <AutocompleteInput
                label="app.completeness.centre"
                helperText="app.completeness.all_centres"
                optionText={representationOf(centres)}
                filterToQuery={(q: string) => ({ q })}
                onChange={(id: string | null) => setServiceCenterId(id || null)}
                sx={{ minWidth: 320 }}
              />
            </ReferenceInput>
          </Form>
        </Stack>
        {answer.error && <Alert severity="warning">{(answer.error as Error).message}</Alert>}
        {result && (
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {translate('app.completeness.checked', { count: result.communityCount })}
            </Typography>
            <Table size="small" data-testid="data-completeness-checks">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.completeness.type')}</TableCell>
                  <TableCell>{translate('app.completeness.missing')}</TableCell>
                  <TableCell align="right">{translate('app.completeness.communities')}</TableCell>
                  <TableCell>{translate('app.completeness.whole_centres')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.checks.map((c) => (
                  <TableRow key={`${c.kind}:${c.recordType}:${c.field}`}>
                    <TableCell>{typeName(c.recordType)}</TableCell>
                    <TableCell>{missing(c.kind, c.recordType, c.field)}</TableCell>
                    <TableCell align="right">{c.communityCount}</TableCell>
                    <TableCell>{c.wholeCentres.map((x) => x.name ?? x.serviceCenterId).join('、')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {!result.gaps.length ? (
              <Alert severity="success" data-testid="data-completeness-clean">
                {translate('app.completeness.clean')}
              </Alert>
            ) : (
              <Table size="small" data-testid="data-completeness-gaps">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('app.completeness.community')}</TableCell>
                    <TableCell>{translate('app.completeness.missing')}</TableCell>
                    <TableCell>{translate('app.completeness.fix')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {result.gaps.map((g) => {
                    const link = fixLink(g);
                    const record =
                      g.kind === 'NO_RECORDS'
                        ? translate('app.completeness.add')
                        : `${typeName(g.recordType)} ${g.display ?? g.communityName ?? g.recordId}`;
                    return (
                      <TableRow key={`${g.communityId}:${g.recordType}:${g.recordId ?? ''}:${g.field}`}>
                        <TableCell>{[g.communityCode, g.communityName].filter(Boolean).join(' ') || g.communityId}</TableCell>
                        <TableCell>{missing(g.kind, g.recordType, g.field)}</TableCell>
                        <TableCell>{link ? <Link href={link}>{record}</Link> : record}</TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            )}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
