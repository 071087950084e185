import { Button, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

export const LOG_PAGE = 50;

/** Cursor pages of a newest-first log: the cursors seen so far, so "previous" goes back without offsets. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return {
    after: cursors[cursors.length - 1],
    index: cursors.length - 1,
    reset: () => setCursors([null]),
    back: () => setCursors(cursors.slice(0, -1)),
    forward: (endCursor: string | null) => setCursors([...cursors, endCursor]),
  };
}

/** "1-50 of 312", previous and next, for a page of a log. */
export function LogPager({
  pages,
  log,
}: {
  pages: ReturnType<typeof useCursorPages>;
  log: { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | undefined;
}) {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {log
          ? translate('ra.navigation.page_range_info', {
              offsetBegin: log.nodes.length ? pages.index * LOG_PAGE + 1 : 0,
              offsetEnd: pages.index * LOG_PAGE + log.nodes.length,
              total: log.totalCount,
            })
          : ''}
      </Typography>
      <Button disabled={pages.index < 1} onClick={pages.back}>
        {translate('ra.navigation.previous')}
      </Button>
      <Button disabled={!log?.pageInfo.hasNextPage} onClick={() => pages.forward(log!.pageInfo.endCursor ?? null)}>
        {translate('ra.navigation.next')}
      </Button>
    </>
  );
}

/** A select above a log: "—" for any, then the choices; changing it goes back to the first page. */
export function ChoiceFilter({
  label,
  value,
  choices,
  onChange,
  minWidth = 160,
}: {
  label: string;
  value: string;
  choices: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
  minWidth?: number;
}) {
  return (
    <TextField select size="small" sx={{ minWidth }} label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <MenuItem value="">—</MenuItem>
      {choices.map((c) => (
        <MenuItem key={c.value} value={c.value}>
          {c.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** When an entry was written, in the console's language. */
export const whenText = (at: string | Date, locale: string) => new Date(at).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB');

/** Who wrote or read: the name (e-mail or key) or the kind, with the role then. */
export const whoText = (e: { actorName?: string | null; actorKind: string; role: string }) => `${e.actorName ?? e.actorKind} (${e.role})`;
