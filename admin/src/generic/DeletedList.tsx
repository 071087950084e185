import RestoreIcon from '@mui/icons-material/RestoreFromTrash';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import {
  Button,
  Datagrid,
  Link,
  List,
  TopToolbar,
  useDataProvider,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useResourceContext,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { Typography } from '@mui/material';
import type { ConsoleDataProvider } from '../providers/data-provider';
import { listFields, resourceDef } from '../model/registry';
import { useTypeAccess } from './use-access';
import { ValueField } from './ValueField';
import { inBackground } from '../providers/in-background';

function useRestore() {
  const resource = useResourceContext()!;
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return async (ids: Array<string | number>) => {
    try {
      await dataProvider.restoreMany(resource, { ids });
      notify('app.restored', { type: 'info', messageArgs: { smart_count: ids.length } });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
    refresh();
  };
}

function RestoreButton() {
  const record = useRecordContext();
  const restore = useRestore();
  if (!record) return null;
  return (
    <Button
      label="app.restore"
      onClick={(e) => {
        e.stopPropagation();
        inBackground(restore([record.id]));
      }}
    >
      <RestoreIcon />
    </Button>
  );
}

function BulkRestoreButton() {
  const { selectedIds, resource } = useListContext();
  const unselect = useUnselectAll(resource!);
  const restore = useRestore();
  return (
    <Button label="app.restore" onClick={() => inBackground(restore(selectedIds).then(() => unselect()))}>
      <RestoreIcon />
    </Button>
  );
}

/** Soft-deleted records of a type (deletedAt set), each with restore. */
export function DeletedList() {
  const def = resourceDef(useResourceContext()!);
  const access = useTypeAccess(def);
  const translate = useTranslate();
  const canRestore = access.canDelete && def.operations.restore;
  const deletedAt = def.fields.find((f) => f.name === 'deletedAt')!;
  return (
    <List
      filter={{ deleted: true }}
      storeKey={`${def.name}.deleted`}
      disableSyncWithLocation
      title={`${translate(`resources.${def.name}.name`, { smart_count: 2 })} · ${translate('app.deleted_view')}`}
      sort={{ field: 'deletedAt', order: 'DESC' }}
      exporter={false}
      actions={
        <TopToolbar>
          <Button component={Link} to={`/${def.name}`} label="app.back_to_list">
            <ArrowBackIcon />
          </Button>
        </TopToolbar>
      }
      empty={<Typography sx={{ p: 2 }}>{translate('ra.navigation.no_results', { name: translate('app.deleted_view') })}</Typography>}
    >
      <Datagrid bulkActionButtons={canRestore ? <BulkRestoreButton /> : false} rowClick={false}>
        {listFields(def)
          .slice(0, 5)
          .map((f) => (
            <ValueField key={f.name} def={def} field={f} source={f.source} sortable={f.sortable} sortBy={f.name} />
          ))}
        <ValueField def={def} field={deletedAt} source="deletedAt" sortable sortBy="deletedAt" />
        {canRestore && <RestoreButton />}
      </Datagrid>
    </List>
  );
}
