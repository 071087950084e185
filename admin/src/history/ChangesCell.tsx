import { useTranslate } from 'react-admin';
import type { ResourceDef } from '../model/types';

const text = (v: unknown) => (v === null || v === undefined ? '∅' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const parse = (v: unknown): Record<string, unknown> => {
  if (!v) return {};
  if (typeof v === 'string') try { return JSON.parse(v); } catch { return {}; }
  return v as Record<string, unknown>;
};

/** "field: before → after" for each field an audit entry changed. */
export function ChangesCell({ def, entry }: { def?: ResourceDef; entry: Record<string, any> }) {
  const translate = useTranslate();
  const before = parse(entry.before);
  const after = parse(entry.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => !['id', 'version', 'createdAt', 'updatedAt'].includes(k) && text(before[k]) !== text(after[k]),
  );
  const label = (k: string) => (def ? translate(`resources.${def.name}.fields.${k}`, { _: k }) : k);
  return (
    <span>
      {keys.map((k) => (
        <div key={k}>
          <b>{label(k)}</b>: {text(before[k])} → {text(after[k])}
        </div>
      ))}
    </span>
  );
}
