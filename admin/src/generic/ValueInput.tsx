import { Box, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  DateTimeInput,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { enumDef, representationOf, resourceOfType } from '../model/registry';
import type { FieldDef, ResourceDef } from '../model/types';
import { Restricted } from './Restricted';
import { RevealButton } from './RevealButton';
import { isRestricted, useTypeAccess } from './use-access';
import { validatorsOf } from './validators';

export const enumChoices = (name: string) => enumDef(name).values.map((v) => ({ id: v.value, name: `enums.${name}.${v.value}` }));

/** The input of a masked field in an edit form: the masked value with 查看, the clear value editable once revealed. */
function MaskedInput({ def, field }: { def: ResourceDef; field: FieldDef }) {
  const record = useRecordContext();
  const { setValue } = useFormContext();
  const [revealed, setRevealed] = useState(false);
  const translate = useTranslate();
  const masked = record?.[field.source] != null && !revealed;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <TextInput
        source={field.source}
        fullWidth
        disabled={masked}
        validate={masked ? undefined : validatorsOf(field, translate('app.decimal_format', { _: '0.00' }))}
      />
      {masked && record?.id != null && (
        <RevealButton
          def={def}
          field={field}
          id={String(record.id)}
          onRevealed={(clear) => {
            setValue(field.source, clear, { shouldDirty: false });
            setRevealed(true);
          }}
        />
      )}
    </Stack>
  );
}

/** The input for one field, by its kind; fields the role cannot read or write are shown as such. */
export function ValueInput({ def, field, mode }: { def: ResourceDef; field: FieldDef; mode: 'create' | 'update' }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const access = useTypeAccess(def);
  const perm = access.field(field);
  if (mode === 'update' && isRestricted(record, field, perm.read)) {
    return (
      <Box sx={{ my: 1 }} data-field={field.name}>
        <Typography variant="caption" color="text.secondary" component="div">
          {translate(`resources.${def.name}.fields.${field.name}`)}
        </Typography>
        <Restricted />
      </Box>
    );
  }
  // A masked value is not an input's value: it is read-only until revealed (then the clear value is edited).
  if (mode === 'update' && field.mask && perm.write) return <MaskedInput def={def} field={field} />;
  const common = {
    source: field.source,
    validate: validatorsOf(field, translate('app.decimal_format', { _: '0.00' })),
    disabled: !perm.write,
    // The schema's notes are English (with the Chinese term): shown in the English console only.
    helperText: (locale === 'en' && field.note) || false,
    fullWidth: true,
  } as const;
  switch (field.kind) {
    case 'ref': {
      const target = resourceOfType(field.ref!.type)!;
      return (
        <ReferenceInput source={field.source} reference={target.name} perPage={20}>
          <AutocompleteInput {...common} optionText={representationOf(target)} filterToQuery={(q: string) => ({ q })} />
        </ReferenceInput>
      );
    }
    case 'enum':
      return <SelectInput {...common} choices={enumChoices(field.enum!)} emptyText=" " />;
    case 'enumSet':
      return <SelectArrayInput {...common} choices={enumChoices(field.enum!)} />;
    case 'boolean':
      return field.required ? <BooleanInput {...common} /> : <NullableBooleanInput {...common} />;
    case 'date':
      return <DateInput {...common} />;
    case 'datetime':
      return <DateTimeInput {...common} />;
    case 'int':
      return <NumberInput {...common} step={1} />;
    case 'float':
      return <NumberInput {...common} />;
    case 'decimal':
      return <TextInput {...common} />;
    case 'text':
      return <TextInput {...common} multiline minRows={2} />;
    case 'id':
    case 'string':
      return <TextInput {...common} />;
  }
}
