// Authentication and authorisation: users, sessions, API keys, the access policy of domain.md, permissions.
import { ApiKeyResolver } from './api-key.resolver';
import { ApiKey } from './api-key.entity';
import { AuthResolver } from './auth.resolver';
import { PermissionsResolver, UserPermissionsResolver } from './permissions.resolver';
import { UsersResolver } from './users.resolver';
import { User } from './user.entity';
import { Session } from './session.entity';
import { LoginThrottle } from './login-throttle.entity';

export * from './enums';
export { hashPassword, verifyPassword } from './password';
export { assumedViewer, resolveViewer } from './viewer';
export { User } from './user.entity';
export { Session } from './session.entity';
export { openSession } from './sessions';
export { rolePolicy } from './policy/role-policy';
export { viewerContext } from './viewer-context';
export { ownedCondition } from './policy/ownership';
export { makeApiKey, hashKey } from './api-keys';
export { ApiKey } from './api-key.entity';
export { REPORT_PUBLISHERS } from './report-publishers';
export { ACCESS_LOG_READERS } from './access-log-readers';
export { requireRole } from './require-role';
export const authEntities = [User, ApiKey, Session, LoginThrottle];
export const authResolvers = [AuthResolver, UsersResolver, ApiKeyResolver, PermissionsResolver, UserPermissionsResolver];
