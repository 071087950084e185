import { useEffect } from 'react';
import { useLocaleState, useNotify } from 'react-admin';
import { messageIn, onWriteWarnings } from '../providers/write-warnings';

/** Shows the warnings of a write that succeeded (a possible duplicate) until the person closes them. */
export function WriteWarnings() {
  const notify = useNotify();
  const [locale] = useLocaleState();
  useEffect(
    () =>
      onWriteWarnings((warnings) => {
        for (const w of warnings) notify(messageIn(locale, w.message), { type: 'warning', multiLine: true, autoHideDuration: null });
      }),
    [notify, locale],
  );
  return null;
}
