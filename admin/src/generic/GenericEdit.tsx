import { useState } from 'react';
import {
  Create,
  DeleteButton,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useResourceContext,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { resourceDef, visibleFields } from '../model/registry';
import type { ResourceDef } from '../model/types';
import { ConflictDialog } from './ConflictDialog';
import { useTypeAccess } from './use-access';
import { ValueInput } from './ValueInput';

function Inputs({ def, mode }: { def: ResourceDef; mode: 'create' | 'update' }) {
  return (
    <>
      {visibleFields(def)
        .filter((f) => f[mode])
        .map((f) => (
          <ValueInput key={f.name} def={def} field={f} mode={mode} />
        ))}
    </>
  );
}

/** Reload after a conflict: fetch the record again and put its values (and version) into the form. */
function ConflictHandler({ open, close }: { open: boolean; close: () => void }) {
  const record = useRecordContext();
  const resource = useResourceContext()!;
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  const form = useFormContext();
  const notify = useNotify();
  return (
    <ConflictDialog
      open={open}
      version={record?.version ?? null}
      onKeep={close}
      onReload={() => {
        close();
        // The edit page refetches too, so the next save sends the new version as expectedVersion.
        void dataProvider
          .getOne(resource, { id: record!.id })
          .then(({ data }) => {
            refresh();
            form.reset(data);
          })
          .catch((e: Error) => notify(e.message, { type: 'error' }));
      }}
    />
  );
}

function EditToolbar({ canDelete }: { canDelete: boolean }) {
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {canDelete && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
}

function EditForm({ def, conflict, setConflict }: { def: ResourceDef; conflict: boolean; setConflict: (v: boolean) => void }) {
  const access = useTypeAccess(def);
  return (
    <SimpleForm toolbar={<EditToolbar canDelete={access.canDelete && def.operations.delete} />}>
      <Inputs def={def} mode="update" />
      <ConflictHandler open={conflict} close={() => setConflict(false)} />
    </SimpleForm>
  );
}

/** Edit any record: pessimistic, with expectedVersion; a CONFLICT opens the conflict dialog, nothing is overwritten. */
export function GenericEdit() {
  const def = resourceDef(useResourceContext()!);
  const notify = useNotify();
  const [conflict, setConflict] = useState(false);
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      mutationOptions={{
        onError: (error: any) => {
          if (error?.body?.code === 'CONFLICT') setConflict(true);
          // Field errors (BAD_USER_INPUT) show on their inputs; anything else as a notice.
          else if (!error?.body?.errors) notify(error?.message ?? 'ra.notification.http_error', { type: 'error' });
        },
      }}
    >
      <EditForm def={def} conflict={conflict} setConflict={setConflict} />
    </Edit>
  );
}

/** Create any record: the writable fields in declared order, validated as declared. */
export function GenericCreate() {
  const def = resourceDef(useResourceContext()!);
  return (
    <Create redirect="show">
      <SimpleForm>
        <Inputs def={def} mode="create" />
      </SimpleForm>
    </Create>
  );
}
