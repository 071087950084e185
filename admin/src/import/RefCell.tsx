import { useGetMany } from 'react-admin';
import { representationOf, resourceOfType } from '../model/registry';
import type { FieldDef } from '../model/types';
import { UUID } from './resolve-references';

/**
 * A reference cell of the import preview: the record's name when the id exists, the id as
 * typed otherwise. Every cell of a column asks for the same ids, so react-query sends one request.
 */
export function RefCell({ field, id, columnIds }: { field: FieldDef; id: string; columnIds: string[] }) {
  const target = resourceOfType(field.ref!.type)!;
  const { data } = useGetMany(target.name, { ids: columnIds.filter((v) => UUID.test(v)) });
  const found = data?.find((r) => String(r.id) === id);
  return <span title={id}>{found ? representationOf(target)(found) : id}</span>;
}
