import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Saving over someone else's change: say so, and let the user reload or keep their edits. */
export function ConflictDialog({
  open,
  version,
  onReload,
  onKeep,
}: {
  open: boolean;
  version: number | null;
  onReload: () => void;
  onKeep: () => void;
}) {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onKeep} data-testid="conflict-dialog">
      <DialogTitle>{translate('app.conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('app.conflict.content', { yours: version ?? '?' })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep}>{translate('app.conflict.keep')}</Button>
        <Button onClick={onReload} variant="contained">
          {translate('app.conflict.reload')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
