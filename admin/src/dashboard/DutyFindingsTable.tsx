import { Card, CardContent, CardHeader, Grid, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardFiguresQuery } from '../generated/gql/graphql';

type Findings = DashboardFiguresQuery['dutyFindings'];
type Finding = Findings['powerMismatches'][number];

const holder = (f: Finding) => f.community?.name ?? f.serviceCenter?.name ?? '';

/** 权责不匹配 and 费未随事转: counted per community or centre, then listed with their reasons. */
export function DutyFindingsTable({ findings }: { findings: Findings }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const byHolder = new Map<string, { name: string; mismatch: number; unfunded: number }>();
  const bump = (f: Finding, key: 'mismatch' | 'unfunded') => {
    const name = holder(f);
    const row = byHolder.get(name) ?? { name, mismatch: 0, unfunded: 0 };
    row[key]++;
    byHolder.set(name, row);
  };
  findings.powerMismatches.forEach((f) => bump(f, 'mismatch'));
  findings.unfundedDuties.forEach((f) => bump(f, 'unfunded'));
  const rows = [
    ...findings.powerMismatches.map((f) => ({ kind: 'mismatch', f })),
    ...findings.unfundedDuties.map((f) => ({ kind: 'unfunded', f })),
  ];
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <Card variant="outlined">
          <CardHeader title={translate('app.dashboard.duty_findings')} titleTypographyProps={{ variant: 'subtitle1' }} />
          <CardContent sx={{ height: 360 }} data-testid="chart-duty-findings">
            <ResponsiveContainer>
              <BarChart data={[...byHolder.values()]} layout="vertical" margin={{ left: 40 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="name" width={150} interval={0} tick={{ fontSize: 12 }} />
                <Tooltip />
                <Legend />
                <Bar
                  isAnimationActive={false}
                  dataKey="mismatch"
                  stackId="a"
                  name={translate('app.dashboard.power_mismatch')}
                  fill="#d32f2f"
                />
                <Bar
                  isAnimationActive={false}
                  dataKey="unfunded"
                  stackId="a"
                  name={translate('app.dashboard.unfunded_duty')}
                  fill="#ed6c02"
                />
              </BarChart>
            </ResponsiveContainer>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <Card variant="outlined" sx={{ maxHeight: 400, overflow: 'auto' }}>
          <Table size="small" stickyHeader>
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.dashboard.finding')}</TableCell>
                <TableCell>{translate('app.dashboard.holder')}</TableCell>
                <TableCell>{translate('resources.dutyItems.name', { smart_count: 1 })}</TableCell>
                <TableCell>{translate('app.dashboard.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(({ kind, f }, i) => (
                <TableRow key={i}>
                  <TableCell>{translate(kind === 'mismatch' ? 'app.dashboard.power_mismatch' : 'app.dashboard.unfunded_duty')}</TableCell>
                  <TableCell>{holder(f)}</TableCell>
                  <TableCell>
                    <Link to={`/dutyItems/${f.dutyItem.id}/show`}>{f.dutyItem.title}</Link>
                  </TableCell>
                  <TableCell>{locale === 'zh' ? f.reasonZh : f.reasonEn}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      </Grid>
    </Grid>
  );
}
