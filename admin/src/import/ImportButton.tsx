import UploadIcon from '@mui/icons-material/Upload';
import { useState } from 'react';
import { Button, useResourceContext } from 'react-admin';
import { resourceDef } from '../model/registry';
import { ImportDialog } from './ImportDialog';

/** Opens the CSV import (preview, per-row errors, all-or-nothing write) of the current list. */
export function ImportButton() {
  const [open, setOpen] = useState(false);
  const def = resourceDef(useResourceContext()!);
  return (
    <>
      <Button label="app.import.button" onClick={() => setOpen(true)}>
        <UploadIcon />
      </Button>
      {open && <ImportDialog def={def} onClose={() => setOpen(false)} />}
    </>
  );
}
