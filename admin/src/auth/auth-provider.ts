import type { AuthProvider } from 'react-admin';
import { LoginDocument, LogoutDocument } from '../generated/gql/graphql';
import { request } from '../providers/graphql-client';
import { session } from '../providers/session';
import { loadPermissions } from './load-permissions';
import type { Permissions } from './permissions';

let cached: { token: string; permissions: Promise<Permissions> } | null = null;

/** Login mutation, bearer token in localStorage, the `permissions` query as react-admin permissions. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { data } = await request(LoginDocument, { email: username, password });
    session.save(data!.login.token, data!.login.user);
    cached = null;
  },
  async logout() {
    // End the session on the server first, so a copy of the token (another tab, a stolen one) stops working too.
    // A token the server already refused has nothing left to end: logging out locally is all there is to do.
    if (session.token()) await request(LogoutDocument).catch(() => undefined);
    session.clear();
    cached = null;
  },
  async checkAuth() {
    if (!session.token()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: { status?: number; body?: { code?: string } }) {
    // Only a lost session logs out; FORBIDDEN on one record or field is shown where it happens.
    if (error?.status === 401 || error?.body?.code === 'UNAUTHENTICATED') {
      session.clear();
      throw new Error('ra.notification.logged_out');
    }
  },
  async getIdentity() {
    const user = session.user();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { id: user.id, fullName: `${user.displayName}`, role: user.role };
  },
  async getPermissions() {
    const token = session.token();
    if (!token) return undefined;
    if (!cached || cached.token !== token) cached = { token, permissions: loadPermissions() };
    return cached.permissions;
  },
};
