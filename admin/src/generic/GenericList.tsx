import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import {
  BulkDeleteButton,
  BulkExportButton,
  Button,
  CreateButton,
  Datagrid,
  ExportButton,
  FilterButton,
  Link,
  List,
  TopToolbar,
  useResourceContext,
} from 'react-admin';
import { listFields, resourceDef } from '../model/registry';
import { ImportButton } from '../import/ImportButton';
import { csvExporter } from './exporter';
import { useFilters } from './filters';
import { useTypeAccess } from './use-access';
import { ValueField } from './ValueField';

function ListActions({ canCreate, canImport, filters }: { canCreate: boolean; canImport: boolean; filters: boolean }) {
  const resource = useResourceContext()!;
  return (
    <TopToolbar>
      {filters && <FilterButton />}
      {canCreate && <CreateButton />}
      <ExportButton maxResults={10000} />
      {canImport && <ImportButton />}
      <Button component={Link} to={`/${resource}/deleted`} label="app.deleted_view">
        <DeleteSweepIcon />
      </Button>
    </TopToolbar>
  );
}

/** The list of any record type: sortable columns, filters, paging with the total, bulk delete, export. */
export function GenericList() {
  const def = resourceDef(useResourceContext()!);
  const access = useTypeAccess(def);
  const filters = useFilters(def, access.canFilterBy);
  const columns = listFields(def).filter((f) => access.field(f).read !== 'NONE');
  return (
    <List
      filters={filters}
      exporter={csvExporter}
      perPage={25}
      sort={{ field: def.fields.find((f) => f.name === def.displayField && f.sortable) ? def.displayField : 'createdAt', order: 'ASC' }}
      actions={
        <ListActions
          canCreate={access.canCreate && def.operations.create}
          canImport={access.canCreate && def.operations.import}
          filters={filters.length > 1}
        />
      }
    >
      <Datagrid
        rowClick="show"
        bulkActionButtons={
          <>
            {<BulkExportButton />}
            {access.canDelete && <BulkDeleteButton mutationMode="pessimistic" />}
          </>
        }
      >
        {columns.map((f) => (
          <ValueField key={f.name} def={def} field={f} source={f.source} sortable={f.sortable && access.canFilterBy(f)} sortBy={f.name} />
        ))}
      </Datagrid>
    </List>
  );
}
