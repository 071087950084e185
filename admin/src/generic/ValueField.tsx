import { Chip, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
// The server's own display rule for the phones it stores (one pure function, no server code besides).
import { displayCnPhone } from '../../../server/src/core/declare/formats/cn-phone';
import { resourceOfType } from '../model/registry';
import type { FieldDef, ResourceDef } from '../model/types';
import { Restricted } from './Restricted';
import { RevealButton } from './RevealButton';
import { useState } from 'react';
import { isRestricted, useTypeAccess } from './use-access';

interface Props {
  def: ResourceDef;
  field: FieldDef;
  // Read by react-admin's Datagrid/SimpleShowLayout for headers, labels and sorting.
  source?: string;
  label?: string;
  sortable?: boolean;
  sortBy?: string;
}

function RefValue({ field, value }: { field: FieldDef; value: Record<string, unknown> | null }) {
  const createPath = useCreatePath();
  if (!value) return null;
  const target = resourceOfType(field.ref!.type)!;
  return (
    <Link
      to={createPath({ resource: target.name, id: value.id as string, type: 'show' })}
      onClick={(e: { stopPropagation(): void }) => e.stopPropagation()}
    >
      {String(value[target.displayField] ?? value.id)}
    </Link>
  );
}

/** A masked value (138****0001) with 查看, which shows the clear value here once the purpose is given. */
function MaskedValue({ def, field, id, value }: { def: ResourceDef; field: FieldDef; id: string; value: string }) {
  const [clear, setClear] = useState<string | null | undefined>(undefined);
  const shown = clear === undefined ? value : (clear ?? '');
  return (
    <Stack
      direction="row"
      spacing={0.5}
      sx={{ alignItems: 'center' }}
      component="span"
      data-masked={clear === undefined ? 'true' : 'false'}
    >
      <span>{clear !== undefined && field.format === 'cnPhone' && clear ? displayCnPhone(clear) : shown}</span>
      {clear === undefined && <RevealButton def={def} field={field} id={id} onRevealed={setClear} />}
    </Stack>
  );
}

/** One value of a record, shown the way its kind wants: references by name and linked, enums by label. */
export function ValueField({ def, field }: Props) {
  const record = useRecordContext();
  const translate = useTranslate();
  const access = useTypeAccess(def);
  const [locale] = useLocaleState();
  if (!record) return null;
  if (isRestricted(record, field, access.field(field).read)) return <Restricted />;
  const value = record[field.kind === 'ref' ? field.name : field.source];
  if (value === null || value === undefined) return <Typography variant="body2" component="span" />;
  if (field.mask && typeof value === 'string' && record.id)
    return <MaskedValue def={def} field={field} id={String(record.id)} value={value} />;
  switch (field.kind) {
    case 'ref':
      return <RefValue field={field} value={value} />;
    case 'enum':
      return <span>{translate(`enums.${field.enum}.${value}`, { _: value })}</span>;
    case 'enumSet':
      return (
        <Stack direction="row" spacing={0.5}>
          {(value as string[]).map((v) => (
            <Chip key={v} size="small" label={translate(`enums.${field.enum}.${v}`, { _: v })} />
          ))}
        </Stack>
      );
    case 'boolean':
      return <span>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</span>;
    case 'datetime':
      return <span>{new Date(value).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB')}</span>;
    case 'decimal':
      // Exact as the server sent it ("1234.50"): never through Number.
      return <span style={{ fontVariantNumeric: 'tabular-nums' }}>¥{String(value)}</span>;
    case 'string':
      // Stored as 13812345678, read as 138 1234 5678.
      return <span>{field.format === 'cnPhone' ? displayCnPhone(String(value)) : String(value)}</span>;
    case 'id':
    case 'text':
    case 'int':
    case 'float':
    case 'date':
      return <span>{String(value)}</span>;
  }
}
