import type { EntityManager } from '@mikro-orm/postgresql';
import { recordOf, type FieldProblem, type RecordDecl } from '../declare';
import { isUuid } from './filter';

/** Every reference set in `values` must point at a live record of the right type. */
export async function checkReferences(em: EntityManager, decl: RecordDecl, values: Record<string, unknown>): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const ref of decl.refs) {
    const id = values[ref.name];
    if (id === undefined || id === null) continue;
    const target = recordOf(ref.target());
    const path = `input.${ref.name}Id`;
    if (!isUuid(id)) problems.push({ path, message: `${ref.label.zh} (${ref.name}Id): not an id: ${JSON.stringify(id).slice(0, 60)}` });
    else if (!(await em.count(target.cls, { id } as never))) problems.push({ path, message: `${ref.label.zh} (${ref.name}Id): no ${target.name} with id ${id}` });
  }
  return problems;
}

/** Live records that still point at this one: deleting it would leave them dangling. */
export async function liveDependents(em: EntityManager, decl: RecordDecl, id: string, all: RecordDecl[]): Promise<string[]> {
  const found: string[] = [];
  for (const other of all) {
    for (const ref of other.refs.filter((r) => recordOf(r.target()) === decl)) {
      const n = await em.count(other.cls, { [ref.name]: id } as never);
      if (n) found.push(`${n} ${other.label.en} (${other.label.zh})`);
    }
  }
  return found;
}
