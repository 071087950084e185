import type { EntityManager } from '@mikro-orm/postgresql';
import type { WriteOp } from '../access/policy';
import type { AppContext } from '../context';
import type { RecordDecl } from '../declare';

export interface WriteEvent {
  decl: RecordDecl;
  op: WriteOp | 'revert';
  id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  version: number;
}

/** Runs inside the write's transaction: if a hook throws, the write and the hook's rows roll back together. */
export type WriteHook = (em: EntityManager, ctx: AppContext, event: WriteEvent) => Promise<void>;

const hooks: WriteHook[] = [];

export const onWrite = (hook: WriteHook) => void hooks.push(hook);

export async function runWriteHooks(em: EntityManager, ctx: AppContext, event: WriteEvent): Promise<void> {
  for (const hook of hooks) await hook(em, ctx, event);
}
