import type { ChainedTable } from '../../db/chain/chained-table';

/**
 * The registry of hash-chained tables (db/chain/chained-table.ts says how to add one):
 * `npm run audit:verify` and `npm run audit:anchor` walk each of these, and the server logs
 * their heads at start-up. Each entry must match its table's `chain_row` trigger arguments.
 */
export const CHAINED_TABLES: readonly ChainedTable[] = [
  {
    table: 'audit_entry',
    chain: 'audit',
    idColumn: 'id',
    content: ['at', 'actor_kind', 'actor_id', 'actor_name', 'role', 'action', 'record_type', 'record_id', 'version', 'changes', 'snapshot'],
  },
  {
    table: 'access_log_entry',
    chain: 'access',
    idColumn: 'id',
    content: ['at', 'actor_kind', 'actor_id', 'actor_name', 'role', 'record_type', 'record_id', 'field', 'purpose', 'request_id'],
  },
];
