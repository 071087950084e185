import { Card, CardContent, CardHeader, Grid, Typography } from '@mui/material';
import { Link, useGetList, usePermissions, useTranslate } from 'react-admin';
import { typePermission, type Permissions } from '../auth/permissions';
import { resourceDefs } from '../model/registry';
import type { ResourceDef } from '../model/types';
import { FiguresDashboard } from './FiguresDashboard';

function CountCard({ def }: { def: ResourceDef }) {
  const translate = useTranslate();
  const { total } = useGetList(def.name, { pagination: { page: 1, perPage: 1 } });
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography color="text.secondary" variant="body2">
          <Link to={`/${def.name}`}>{translate(`resources.${def.name}.name`, { smart_count: 2 })}</Link>
        </Typography>
        <Typography variant="h5" data-testid={`count-${def.name}`}>
          {total ?? '…'}
        </Typography>
      </CardContent>
    </Card>
  );
}

/** The overview figures and charts, then how many records of each type the role can see. */
export function Dashboard() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const readable = resourceDefs.filter((d) => typePermission(permissions, d.type).canRead);
  return (
    <>
      <FiguresDashboard />
      <Card sx={{ mt: 2 }}>
        <CardHeader title={translate('app.dashboard.records')} />
        <CardContent>
          <Grid container spacing={2}>
            {readable.map((d) => (
              <Grid key={d.name} size={{ xs: 6, md: 3 }}>
                <CountCard def={d} />
              </Grid>
            ))}
          </Grid>
        </CardContent>
      </Card>
    </>
  );
}
