import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../../core/crud/filter';
import { bindingRecord, recordOf, type BindingKind, type RecordDecl } from '../../../core/declare';

/** Whose records: a community (staff) or a service centre (centre admins). */
export type Binding = { kind: BindingKind; id: string };

type Where = FilterQuery<object>;

/** The binding a declared owner path ends at ('id' = the record itself): a type that declares `binding`. */
function endOf(decl: RecordDecl, path: string): { segments: string[]; end: BindingKind } {
  const segments = path === 'id' ? [] : path.split('.');
  let cur = decl;
  for (const seg of segments) {
    const ref = cur.refs.find((r) => r.name === seg);
    if (!ref) throw new Error(`owner path ${path} of ${decl.name}: no reference ${seg} on ${cur.name}`);
    cur = recordOf(ref.target());
  }
  if (!cur.binding)
    throw new Error(`owner path ${path} of ${decl.name} must end at a record type that declares a binding (${cur.name} does not)`);
  return { segments, end: cur.binding };
}

/** The bindings the owner paths of a record end at: what "own community / own centre" can mean for it. */
export const ownerEnds = (decl: RecordDecl): BindingKind[] => decl.owner.map((p) => endOf(decl, p).end);

/** The reference by which a community belongs to its centre: the community's reference to the record that binds centres. */
function centreOfCommunity(): string {
  const community = bindingRecord('community');
  const centre = bindingRecord('center');
  const ref = community.refs.find((r) => recordOf(r.target()) === centre && r.required);
  if (!ref) throw new Error(`${community.name} needs a required reference to ${centre.name}: a centre owns its communities through it`);
  return ref.name;
}

const nest = (segments: string[], leaf: unknown): Where =>
  segments.reduceRight<Where>((inner, seg) => ({ [seg]: inner }) as Where, (segments.length ? leaf : { id: leaf }) as Where);

/** One owner path as a MikroORM condition, or undefined when the path cannot lead to such an owner. */
function branch(decl: RecordDecl, path: string, binding: Binding): Where | undefined {
  const { segments, end } = endOf(decl, path);
  if (end === binding.kind) return nest(segments, binding.id);
  // A community belongs to the centre its reference names; a centre belongs to no community.
  return binding.kind === 'center' ? nest([...segments, centreOfCommunity()], binding.id) : undefined;
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
      if (end === binding.kind ? values.id === binding.id : binding.kind === 'center' && values[centreOfCommunity()] === binding.id)
        return true;
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
