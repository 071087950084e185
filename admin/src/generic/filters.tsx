import {
  AutocompleteInput,
  DateInput,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import type { ReactElement } from 'react';
import { representationOf, resourceOfType, visibleFields } from '../model/registry';
import type { FieldDef, ResourceDef } from '../model/types';
import { enumChoices } from './ValueInput';

const RANGE = new Set(['int', 'float', 'decimal', 'date', 'datetime']);

/** A filter for every filterable field the role may filter by; ranges as from/to pairs. */
export function useFilters(def: ResourceDef, canFilterBy: (f: FieldDef) => boolean): ReactElement[] {
  const translate = useTranslate();
  const label = (f: FieldDef) => translate(`resources.${def.name}.fields.${f.name}`);
  const filters: ReactElement[] = [
    <SearchInput key="q" source="q" alwaysOn placeholder={label(def.fields.find((f) => f.name === def.displayField)!)} />,
  ];
  for (const f of visibleFields(def)) {
    if (!f.filter || f.name === 'id' || f.name === 'deletedAt' || !canFilterBy(f)) continue;
    if (f.kind === 'ref') {
      const target = resourceOfType(f.ref!.type)!;
      filters.push(
        <ReferenceInput key={f.source} source={f.source} reference={target.name} label={label(f)}>
          <AutocompleteInput optionText={representationOf(target)} filterToQuery={(q: string) => ({ q })} label={label(f)} />
        </ReferenceInput>,
      );
    } else if (f.kind === 'enum' || f.kind === 'enumSet') {
      filters.push(<SelectInput key={f.source} source={f.source} label={label(f)} choices={enumChoices(f.enum!)} />);
    } else if (f.kind === 'boolean') {
      filters.push(<NullableBooleanInput key={f.source} source={f.source} label={label(f)} />);
    } else if (RANGE.has(f.kind)) {
      const Input = f.kind === 'date' || f.kind === 'datetime' ? DateInput : f.kind === 'decimal' ? TextInput : NumberInput;
      filters.push(<Input key={`${f.source}_gte`} source={`${f.source}_gte`} label={translate('app.filters.from', { field: label(f) })} />);
      filters.push(<Input key={`${f.source}_lte`} source={`${f.source}_lte`} label={translate('app.filters.to', { field: label(f) })} />);
    } else {
      filters.push(<TextInput key={f.source} source={f.source} label={label(f)} />);
    }
  }
  return filters;
}
