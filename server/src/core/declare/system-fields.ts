import type { AttrDecl } from './types';

const system = (name: string, type: AttrDecl['type'], zh: string, en: string, sortable: boolean): AttrDecl => ({
  kind: 'attr',
  name,
  type,
  label: { zh, en },
  required: name !== 'deletedAt',
  sensitivity: 'PUBLIC',
  unique: name === 'id',
  filterable: true,
  sortable,
  writable: false,
});

/** The fields BaseRecord declares, seen by the filter/order machinery like any other. */
export const SYSTEM_ATTRS: AttrDecl[] = [
  system('id', 'id', '标识', 'ID', false),
  system('createdAt', 'datetime', '创建时间', 'Created at', true),
  system('updatedAt', 'datetime', '更新时间', 'Updated at', true),
  system('deletedAt', 'datetime', '删除时间', 'Deleted at', true),
];
