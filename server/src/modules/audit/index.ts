// Audit: the log of every write and account event, each record's history, and reverting to an earlier version.
import { allRecords } from '../../core/declare';
import { AuditChainHead } from './audit-chain-head.entity';
import { AuditEntry } from './audit-entry.entity';
import { LogEntry } from './log-entry.base';
import { AuditResolver } from './audit.resolver';
import { AccessLogEntry } from './access-log-entry.entity';
import { AccessLogResolver } from './access-log.resolver';
import { historyResolver } from './history.resolvers';
import { registerAuditHook } from './record-audit';

export { writeAudit } from './record-audit';
export { ANONYMISE_ACTION, AuditEntry } from './audit-entry.entity';
export { AccessLogEntry } from './access-log-entry.entity';
export { recordClearReads } from './record-clear-reads';
export { CHAINED_TABLES } from './chained-tables';
export { logChainHeads } from './chain-heads-log';

registerAuditHook();

export const auditEntities = [LogEntry, AuditEntry, AccessLogEntry, AuditChainHead];
export const auditResolvers = () => [AuditResolver, AccessLogResolver, ...allRecords().map(historyResolver)];
