import {
  getDirectiveValues,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLNonNull,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { DirectiveLocation } from 'graphql';
import { defineEnum, MASKS, type AttrDecl } from '../declare';

/**
 * Why a caller asks for a masked value in clear (查看明文的目的). A closed list, so the access
 * log can be searched by purpose and nobody types "because" into it; a new purpose is a new
 * entry here.
 */
export const RevealPurpose = defineEnum(
  'RevealPurpose',
  { zh: '查看明文的目的', en: 'Purpose of reading a masked value in clear' },
  {
    VERIFY_IDENTITY: ['核实身份', 'Verify identity'],
    CONTACT_PERSON: ['联系本人', 'Contact the person'],
    HANDLE_MATTER: ['办理事项', 'Handle a matter for the person'],
    CORRECT_RECORD: ['更正信息', 'Correct the record'],
    AUDIT_CHECK: ['审计核查', 'Audit check'],
  },
);
export type RevealPurposeKey = keyof typeof RevealPurpose.values;

export const REVEAL = 'reveal';

/**
 * `field @reveal(purpose: CONTACT_PERSON)`: the clear value of a masked field, for a caller
 * entitled to the field, recorded in the access log. The purpose enum is the schema's own
 * when a module's type already uses it (the access log's entries do), else made here.
 */
export function revealDirective(schema: GraphQLSchema): GraphQLDirective {
  const existing = schema.getType(RevealPurpose.name);
  const purpose =
    existing instanceof GraphQLEnumType
      ? existing
      : new GraphQLEnumType({
          name: RevealPurpose.name,
          values: Object.fromEntries(RevealPurpose.keys.map((k) => [k, { value: k }])),
        });
  return new GraphQLDirective({
    name: REVEAL,
    description:
      'Read this masked field in clear (查看明文) for a stated purpose; the read is recorded in the access log (访问日志). Without it a masked field reads masked.',
    locations: [DirectiveLocation.FIELD],
    args: { purpose: { type: new GraphQLNonNull(purpose), description: 'Why (目的)' } },
  });
}

/** The purpose this field was asked with, or null when it was asked without `@reveal`. */
export function revealPurposeOf(info: GraphQLResolveInfo): RevealPurposeKey | null {
  const directive = info.schema.getDirective(REVEAL);
  if (!directive) return null;
  for (const node of info.fieldNodes) {
    const args = getDirectiveValues(directive, node, info.variableValues);
    if (args) return args.purpose as RevealPurposeKey;
  }
  return null;
}

/** The value a caller who did not ask for it in clear receives. */
export const masked = (attr: AttrDecl, value: unknown): unknown =>
  attr.mask && typeof value === 'string' ? MASKS[attr.mask].js(value) : value;
