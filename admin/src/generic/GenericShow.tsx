import {
  Datagrid,
  ReferenceManyField,
  Show,
  Tab,
  TabbedShowLayout,
  useResourceContext,
  useTranslate,
  Labeled,
  useRecordContext,
  Pagination,
} from 'react-admin';
import type { ReactElement } from 'react';
import { listFields, resourceDef, resourceOfType, visibleFields } from '../model/registry';
import { useTypeAccess } from './use-access';
import { ValueField } from './ValueField';
import { RecordHistory } from '../history/RecordHistory';
import type { InverseDef, ResourceDef } from '../model/types';

function Related({ parent, inverse }: { parent: ResourceDef; inverse: InverseDef }) {
  const child = resourceOfType(inverse.type)!;
  const access = useTypeAccess(child);
  if (!inverse.target || !access.canRead) return null;
  const back = child.fields.find((f) => f.name === inverse.target)!;
  return (
    <Labeled label={`resources.${parent.name}.fields.${inverse.name}`} fullWidth>
      <ReferenceManyField reference={child.name} target={back.source} perPage={10} pagination={<Pagination rowsPerPageOptions={[10]} />}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          {listFields(child)
            .filter((f) => f.name !== back.name)
            .slice(0, 5)
            .map((f) => (
              <ValueField key={f.name} def={child} field={f} source={f.source} sortable={f.sortable} sortBy={f.name} />
            ))}
        </Datagrid>
      </ReferenceManyField>
    </Labeled>
  );
}

function Fields({ def, system }: { def: ResourceDef; system: boolean }) {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <>
      {visibleFields(def)
        .filter((f) => f.system === system)
        .map((f) => (
          <Labeled key={f.name} label={`resources.${def.name}.fields.${f.name}`} fullWidth>
            <ValueField def={def} field={f} />
          </Labeled>
        ))}
    </>
  );
}

/** A record's page: its fields, related records, history and system information; `aside` beside them. */
export function GenericShow({ aside }: { aside?: ReactElement }) {
  const def = resourceDef(useResourceContext()!);
  const translate = useTranslate();
  const hasHistory = def.extras.some((e) => e.name === 'history');
  return (
    <Show aside={aside}>
      <TabbedShowLayout>
        <Tab label={translate(`resources.${def.name}.name`, { smart_count: 1 })}>
          <Fields def={def} system={false} />
        </Tab>
        {def.inverses.length > 0 && (
          <Tab label="app.related" path="related">
            {def.inverses.map((i) => (
              <Related key={i.name} parent={def} inverse={i} />
            ))}
          </Tab>
        )}
        {hasHistory && (
          <Tab label="app.history.title" path="history">
            <RecordHistory def={def} />
          </Tab>
        )}
        <Tab label="app.system" path="system">
          <Fields def={def} system />
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
}
