// Authentication: users, password hashing, session tokens, login and me.
import { AuthResolver } from './auth.resolver';
import { User } from './user.entity';

export * from './enums';
export { hashPassword, verifyPassword } from './password';
export { resolveViewer } from './viewer';
export { User } from './user.entity';
export const authEntities = [User];
export const authResolvers = [AuthResolver];
