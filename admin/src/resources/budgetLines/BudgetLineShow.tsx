import { Card, CardContent, Stack } from '@mui/material';
import { Labeled } from 'react-admin';
import { GenericShow } from '../../generic/GenericShow';
import { ValueField } from '../../generic/ValueField';
import { resourceDef } from '../../model/registry';

const APPROVAL = ['status', 'approvedBy', 'approvedAt'];

/** Who approved a line and when, beside its page: what a centre admin checks first. */
function ApprovalAside() {
  const def = resourceDef('budgetLines');
  return (
    <Card sx={{ ml: 2, minWidth: 220, alignSelf: 'flex-start' }} data-testid="approval-aside">
      <CardContent>
        <Stack spacing={1}>
          {APPROVAL.map((name) => def.fields.find((f) => f.name === name)!).map((f) => (
            <Labeled key={f.name} label={`resources.${def.name}.fields.${f.name}`}>
              <ValueField def={def} field={f} />
            </Labeled>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}

/** The generic page of a budget line with its approval beside it. */
export function BudgetLineShow() {
  return <GenericShow aside={<ApprovalAside />} />;
}
