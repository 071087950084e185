import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

// The demo and most real data cover the last few fiscal years and the next one's plans.
const thisYear = new Date().getFullYear();
const YEARS = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];

/** The fiscal year the figures and the report are about. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      sx={{ width: 140, flexShrink: 0 }}
      label={translate('app.dashboard.year')}
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
    >
      {YEARS.map((y) => (
        <MenuItem key={y} value={y}>
          {y}
        </MenuItem>
      ))}
    </TextField>
  );
}
