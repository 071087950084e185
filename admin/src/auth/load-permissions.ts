import { PermissionsDocument } from '../generated/gql/graphql';
import { request } from '../providers/graphql-client';
import type { Permissions } from './permissions';

/** What the logged-in caller may read and change, from the server's `permissions` query. */
export async function loadPermissions(): Promise<Permissions> {
  const { data } = await request(PermissionsDocument);
  return data!.permissions as Permissions;
}
