import { Box, Typography } from '@mui/material';
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
import { isRestricted, useTypeAccess } from './use-access';
import { validatorsOf } from './validators';

export const enumChoices = (name: string) => enumDef(name).values.map((v) => ({ id: v.value, name: `enums.${name}.${v.value}` }));

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
