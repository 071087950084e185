import { useTranslate } from 'react-admin';
import type { ResourceDef } from '../model/types';
import { Restricted } from '../generic/Restricted';

export interface AuditChange {
  field: string;
  before?: string | null;
  after?: string | null;
  masked: boolean;
}

/** The audit log keeps values as JSON text: show strings bare, everything else as JSON. */
const show = (json: string | null | undefined) => {
  if (json === null || json === undefined) return '∅';
  try {
    const v = JSON.parse(json);
    return v === null ? '∅' : typeof v === 'string' ? v : JSON.stringify(v);
  } catch {
    return json;
  }
};

/** "field: before → after" for each field an audit entry changed; masked values as restricted. */
export function ChangesCell({ def, changes }: { def?: ResourceDef; changes: AuditChange[] }) {
  const translate = useTranslate();
  const label = (k: string) => (def ? translate(`resources.${def.name}.fields.${k}`, { _: k }) : k);
  return (
    <span>
      {changes.map((c) => (
        <div key={c.field} data-change={c.field}>
          <b>{label(c.field)}</b>:{' '}
          {c.masked ? (
            <Restricted />
          ) : (
            <>
              {show(c.before)} → {show(c.after)}
            </>
          )}
        </div>
      ))}
    </span>
  );
}
