import { Alert, Card, CardContent, CardHeader, Grid, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DashboardFiguresDocument } from '../generated/gql/graphql';
import { request } from '../providers/graphql-client';
import { YearSelect } from './YearSelect';
import { DutyFindingsTable } from './DutyFindingsTable';
import { OverviewCards } from './OverviewCards';

const COLORS = ['#1976d2', '#2e7d32', '#ed6c02', '#9c27b0', '#d32f2f', '#0288d1', '#795548'];

/** The overview figures and the three charts: budget sources, workers per 10,000 residents, duty findings. */
export function FiguresDashboard() {
  const translate = useTranslate();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data, error } = useQuery({ queryKey: ['dashboard', year], queryFn: () => request(DashboardFiguresDocument, { year }) });
  const figures = data?.data;
  const sources = (figures?.budgetSummary.rows ?? []).map((r) => ({
    name: translate(`enums.IncomeSource.${r.source}`, { _: r.source ?? '' }),
    value: Number(r.income),
  }));
  const workers = [...(figures?.communityIndicators ?? [])]
    .filter((c) => c.workersPer10k != null)
    .sort((a, b) => (b.workersPer10k ?? 0) - (a.workersPer10k ?? 0))
    .map((c) => ({ name: c.community.name, value: Math.round((c.workersPer10k ?? 0) * 10) / 10 }));
  const findings = figures?.dutyFindings;
  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-testid="dashboard">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5">{translate('app.dashboard.title')}</Typography>
        <YearSelect value={year} onChange={setYear} />
      </Stack>
      {error && <Alert severity="warning">{translate('app.dashboard.unavailable')}</Alert>}
      {figures && <OverviewCards overview={figures.overview} />}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <Card variant="outlined">
            <CardHeader title={translate('app.dashboard.budget_sources', { year })} titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent sx={{ height: 300 }} data-testid="chart-budget-sources">
              <ResponsiveContainer>
                <PieChart>
                  <Pie isAnimationActive={false} data={sources} dataKey="value" nameKey="name" outerRadius={100}>
                    {sources.map((s, i) => (
                      <Cell key={s.name} fill={COLORS[i % COLORS.length]} />
                    ))}
                  </Pie>
                  <Tooltip formatter={(v) => `¥${Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2 })}`} />
                  <Legend />
                </PieChart>
              </ResponsiveContainer>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Card variant="outlined">
            <CardHeader title={translate('app.dashboard.workers_per_10k', { year })} titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent sx={{ height: 300 }} data-testid="chart-workers-per-10k">
              <ResponsiveContainer>
                <BarChart data={workers} margin={{ bottom: 40 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" angle={-35} textAnchor="end" interval={0} height={60} />
                  <YAxis />
                  <Tooltip />
                  <Bar isAnimationActive={false} dataKey="value" name={translate('app.dashboard.workers_per_10k_short')} fill="#1976d2" />
                </BarChart>
              </ResponsiveContainer>
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {findings && <DutyFindingsTable findings={findings} />}
    </Stack>
  );
}
