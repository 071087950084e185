/**
 * Warnings the server sends beside the data of a write that succeeded (`extensions.warnings`,
 * api-contract "Errors"): a possible duplicate. The data provider cannot show anything (it is
 * no component), so it announces them here and the layout's WriteWarnings shows them.
 */
export interface WriteWarning {
  code: string;
  message: string;
  /** The input field, as BAD_USER_INPUT names it (`input.idNumber`). */
  field?: string;
}

type Listener = (warnings: WriteWarning[]) => void;
const listeners = new Set<Listener>();

export function onWriteWarnings(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceWarnings(warnings: WriteWarning[] | undefined): void {
  if (!warnings?.length) return;
  for (const listener of listeners) listener(warnings);
}

/** The server writes its messages as "中文 / English": the part of the console's language. */
export function messageIn(locale: string, message: string): string {
  const cut = message.indexOf(' / ');
  if (cut < 0) return message;
  return locale.startsWith('zh') ? message.slice(0, cut) : message.slice(cut + 3);
}
