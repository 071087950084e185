import {
  CheckConstraintViolationException,
  DeadlockException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { RecordDecl } from '../declare';
import { appError, badInput, conflict } from '../errors';

/**
 * Turns a constraint the database enforced into the error a person can act on.
 * The database has the last word (two writers can race past any pre-check).
 */
export function translateDbError(decl: RecordDecl, err: unknown, id = ''): unknown {
  const text = err instanceof Error ? err.message : '';
  if (err instanceof UniqueConstraintViolationException) {
    const attr = decl.attrs.find(
      (a) => a.unique && text.includes(`${decl.tableName}_${a.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}_unique`),
    );
    const name = attr?.name ?? 'input';
    return badInput([{ path: `input.${name}`, message: `${attr?.label.zh ?? ''} (${name}) is already used by another ${decl.name}` }]);
  }
  if (err instanceof CheckConstraintViolationException) {
    return badInput([
      { path: 'input', message: `the record breaks a rule of ${decl.name}: ${text.match(/constraint "([^"]+)"/)?.[1] ?? 'check'}` },
    ]);
  }
  if (err instanceof ForeignKeyConstraintViolationException) {
    return badInput([{ path: 'input', message: `a referenced record of ${decl.name} does not exist` }]);
  }
  if (err instanceof NotNullConstraintViolationException) {
    return badInput([{ path: `input.${text.match(/column "([^"]+)"/)?.[1] ?? ''}`, message: 'is required' }]);
  }
  if (err instanceof OptimisticLockError) return conflict(decl.name, id, -1, -1);
  // Row locks (references.ts) can meet in a cycle, e.g. two writes locking the same records in
  // another order; PostgreSQL then aborts one. Nothing of it was written: it can simply be sent again.
  if (err instanceof DeadlockException) {
    return appError(
      'CONFLICT',
      `${decl.name}: another write to the same records ran at the same time; nothing was written, send it again`,
      { type: decl.name, id },
    );
  }
  return err;
}
