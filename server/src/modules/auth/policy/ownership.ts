import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../../core/crud/filter';
import { recordOf, type RecordDecl } from '../../../core/declare';

/** Whose records: a community (staff) or a service centre (centre admins). */
export type Binding = { kind: 'community' | 'center'; id: string };

type Where = FilterQuery<object>;

/** The type a declared owner path ends at ('id' = the record itself). */
function endOf(decl: RecordDecl, path: string): { segments: string[]; end: string } {
  const segments = path === 'id' ? [] : path.split('.');
  let cur = decl;
  for (const seg of segments) {
    const ref = cur.refs.find((r) => r.name === seg);
    if (!ref) throw new Error(`owner path ${path} of ${decl.name}: no reference ${seg} on ${cur.name}`);
    cur = recordOf(ref.target());
  }
  if (cur.name !== 'Community' && cur.name !== 'ServiceCenter') throw new Error(`owner path ${path} of ${decl.name} must end at a Community or ServiceCenter`);
  return { segments, end: cur.name };
}

/** Types the owner paths of a record end at: what "own community / own centre" can mean for it. */
export const ownerEnds = (decl: RecordDecl): string[] => decl.owner.map((p) => endOf(decl, p).end);

const nest = (segments: string[], leaf: unknown): Where =>
  segments.reduceRight<Where>((inner, seg) => ({ [seg]: inner }) as Where, (segments.length ? leaf : { id: leaf }) as Where);

/** One owner path as a MikroORM condition, or undefined when the path cannot lead to such an owner. */
function branch(decl: RecordDecl, path: string, binding: Binding): Where | undefined {
  const { segments, end } = endOf(decl, path);
  if (binding.kind === 'community') return end === 'Community' ? nest(segments, binding.id) : undefined;
  // A community belongs to the centre its serviceCenter names.
  return end === 'ServiceCenter' ? nest(segments, binding.id) : nest([...segments, 'serviceCenter'], binding.id);
}

/** Rows of `decl` that belong to the binding, compiled from the declared owner paths. */
export function ownedCondition(decl: RecordDecl, binding: Binding): Where {
  const branches = decl.owner.map((p) => branch(decl, p, binding)).filter((b): b is Where => b !== undefined);
  return branches.length ? { $or: branches } : { id: null };
}

/**
 * Whether record values (references as ids, before or after a write) belong to
 * the binding: the record itself is compared in memory, references are looked up.
 */
export async function ownsValues(em: EntityManager, decl: RecordDecl, values: Record<string, unknown>, binding: Binding): Promise<boolean> {
  for (const path of decl.owner) {
    const { segments, end } = endOf(decl, path);
    if (!segments.length) {
      if (binding.kind === 'community' ? end === 'Community' && values.id === binding.id
        : end === 'ServiceCenter' ? values.id === binding.id : values.serviceCenter === binding.id) return true;
      continue;
    }
    const value = values[segments[0]];
    if (!isUuid(value)) continue;
    const target = recordOf(decl.refs.find((r) => r.name === segments[0])!.target());
    const rest = segments.slice(1).join('.') || 'id';
    const where = { $and: [{ id: value }, ownedCondition({ ...target, owner: [rest] }, binding)] };
    if ((await em.count(target.cls, where as never, { filters: false })) > 0) return true;
  }
  return false;
}

/** Whether one stored record (live or not) belongs to the binding: the target of a reference that decides ownership. */
export async function ownsRecord(em: EntityManager, decl: RecordDecl, id: unknown, binding: Binding): Promise<boolean> {
  if (!isUuid(id)) return false;
  return (await em.count(decl.cls, { $and: [{ id }, ownedCondition(decl, binding)] } as never, { filters: false })) > 0;
}
