import VisibilityIcon from '@mui/icons-material/Visibility';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  IconButton,
  Radio,
  RadioGroup,
  Tooltip,
} from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { documents } from '../generated/documents';
import type { RevealPurpose } from '../generated/schema-types';
import { enumDef } from '../model/registry';
import type { FieldDef, ResourceDef } from '../model/types';
import { request } from '../providers/graphql-client';

type RevealDocs = Record<string, Parameters<typeof request>[0]>;
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * 查看: asks why, then reads one masked field of one record in clear (`@reveal(purpose:)`);
 * the server records the read in its access log before it answers. The clear value stays
 * in this screen only: nothing caches it.
 */
export function RevealButton({
  def,
  field,
  id,
  onRevealed,
}: {
  def: ResourceDef;
  field: FieldDef;
  id: string;
  onRevealed: (value: string | null) => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [purpose, setPurpose] = useState<RevealPurpose | ''>('');
  const [busy, setBusy] = useState(false);
  const doc = (documents as unknown as Record<string, RevealDocs>)[def.name]?.[`reveal${cap(field.name)}`];
  if (!doc) return null;
  const label = translate(`resources.${def.name}.fields.${field.name}`);
  const reveal = async () => {
    const res = await request(doc, { id, purpose });
    const record = (res.data as Record<string, Record<string, string | null> | null>)[def.single!];
    if (res.errors.length || !record) notify('app.reveal.refused', { type: 'warning' });
    else onRevealed(record[field.name] ?? null);
    setOpen(false);
  };
  const confirm = () => {
    setBusy(true);
    reveal()
      .catch((err: Error) => notify(err.message, { type: 'error' }))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Tooltip title={translate('app.reveal.button')}>
        <IconButton
          size="small"
          aria-label={`${translate('app.reveal.button')} ${label}`}
          data-reveal={field.name}
          onClick={(e) => {
            e.stopPropagation();
            setOpen(true);
          }}
        >
          <VisibilityIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} aria-labelledby="reveal-title">
        <DialogTitle id="reveal-title">{translate('app.reveal.title', { field: label })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('app.reveal.explain')}</DialogContentText>
          <RadioGroup
            value={purpose}
            onChange={(e) => setPurpose(e.target.value as RevealPurpose)}
            aria-label={translate('app.reveal.purpose')}
          >
            {enumDef('RevealPurpose').values.map((v) => (
              <FormControlLabel key={v.value} value={v.value} control={<Radio />} label={translate(`enums.RevealPurpose.${v.value}`)} />
            ))}
          </RadioGroup>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={!purpose || busy} onClick={confirm} data-reveal-confirm>
            {translate('app.reveal.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
