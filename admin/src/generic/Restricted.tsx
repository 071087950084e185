import LockIcon from '@mui/icons-material/Lock';
import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What a role may not see: a visible "受限 / Restricted" marker, never an error page. */
export function Restricted() {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('app.restricted_hint')}>
      <Chip
        size="small"
        icon={<LockIcon fontSize="small" />}
        label={translate('app.restricted')}
        data-restricted="true"
        variant="outlined"
      />
    </Tooltip>
  );
}
