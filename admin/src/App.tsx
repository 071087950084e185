import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './auth/auth-provider';
import { Dashboard } from './dashboard/Dashboard';
import { DeletedList } from './generic/DeletedList';
import { ResourceCreate, ResourceEdit, ResourceList, ResourceShow } from './generic/ResourcePages';
import { AuditLogPage } from './history/AuditLogPage';
import { AccessLogPage } from './history/AccessLogPage';
import { i18nProvider } from './i18n/i18n-provider';
import { ReportPage } from './report/ReportPage';
import { PublishedReportsPage } from './report/PublishedReportsPage';
import { DataQualityPage } from './quality/DataQualityPage';
import { DataCompletenessPage } from './completeness/DataCompletenessPage';
import { Layout } from './layout/Layout';
import { resourceDefs, representationOf } from './model/registry';
import { dataProvider } from './providers/data-provider';
import { typePermission, type Permissions } from './auth/permissions';

/** Every record type of the schema becomes a resource; the role decides which it may use. */
export function App() {
  return (
    <Admin
      title="app.title"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={Layout}
      requireAuth
      disableTelemetry
    >
      {(permissions: Permissions) => [
        ...resourceDefs.map((def) => {
          const t = typePermission(permissions, def.type);
          if (!t.canRead) return null;
          return (
            <Resource
              key={def.name}
              name={def.name}
              list={ResourceList}
              show={ResourceShow}
              edit={t.canUpdate && def.operations.update ? ResourceEdit : undefined}
              create={t.canCreate && def.operations.create ? ResourceCreate : undefined}
              recordRepresentation={representationOf(def)}
            >
              <Route path="deleted" element={<DeletedList />} />
            </Resource>
          );
        }),
        <CustomRoutes key="pages">
          {permissions?.canReadAuditLog && <Route path="/audit-log" element={<AuditLogPage />} />}
          {permissions?.canReadAccessLog && <Route path="/access-log" element={<AccessLogPage />} />}
          <Route path="/report" element={<ReportPage />} />
          <Route path="/published-reports" element={<PublishedReportsPage />} />
          <Route path="/data-quality" element={<DataQualityPage />} />
          <Route path="/data-completeness" element={<DataCompletenessPage />} />
        </CustomRoutes>,
      ]}
    </Admin>
  );
}
