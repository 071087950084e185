import { Card, CardContent, Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DashboardFiguresQuery } from '../generated/gql/graphql';

type Overview = DashboardFiguresQuery['overview'];
const KEYS = [
  'communityCount',
  'totalAreaKm2',
  'compoundCount',
  'population',
  'households',
  'workerCount',
  'partyOrganizationCount',
  'partyMemberCount',
  'socialOrganizationCount',
] as const;

/** 基本情况: the overview's numbers, one card each. */
export function OverviewCards({ overview }: { overview: Overview }) {
  const translate = useTranslate();
  return (
    <Grid container spacing={2} data-testid="overview">
      {KEYS.map((k) => (
        <Grid key={k} size={{ xs: 6, sm: 4, lg: 'grow' }}>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="body2" color="text.secondary" noWrap>
                {translate(`app.dashboard.overview.${k}`)}
              </Typography>
              <Typography variant="h5" data-testid={`overview-${k}`}>
                {typeof overview[k] === 'number'
                  ? (overview[k] as number).toLocaleString('zh-CN', { maximumFractionDigits: 2 })
                  : String(overview[k] ?? '')}
              </Typography>
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}
