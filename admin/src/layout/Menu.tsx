import { Menu as RaMenu, usePermissions, useResourceDefinitions } from 'react-admin';
import type { Permissions } from '../auth/permissions';
import { extraMenuItems } from './menu-items';

/** The dashboard, every record type the role may read, then the pages its role may use. */
export function Menu() {
  const resources = useResourceDefinitions();
  const { permissions } = usePermissions<Permissions>();
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText="app.menu.dashboard" />
      {Object.keys(resources).map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
      {extraMenuItems(permissions).map((item) => (
        <RaMenu.Item key={item.to} to={item.to} primaryText={item.label} leftIcon={item.icon} />
      ))}
    </RaMenu>
  );
}
