/** The logged-in session, kept in localStorage so a reload stays logged in. */
export interface SessionUser {
  id: string;
  email: string;
  role: string;
  displayName: string;
  serviceCenterId: string | null;
  communityId: string | null;
}

const TOKEN = 'cg.token';
const USER = 'cg.user';

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN),
  user: (): SessionUser | null => {
    const raw = localStorage.getItem(USER);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  },
  save(token: string, user: SessionUser) {
    localStorage.setItem(TOKEN, token);
    localStorage.setItem(USER, JSON.stringify(user));
  },
  clear() {
    localStorage.removeItem(TOKEN);
    localStorage.removeItem(USER);
  },
};
