import { noteDeclared } from './field-order';
import { addPendingField } from './registry';
import type { Sensitivity } from './sensitivity';
import type { Class, RefDecl } from './types';

export interface RefOptions {
  label: [string, string];
  description?: string;
  required?: boolean;
  sensitivity?: Sensitivity;
  /** Also expose the reverse list on the target type, e.g. Community.workers. */
  inverse?: { name: string; label: [string, string]; description?: string };
  /**
   * Set when other types' owner paths run through this reference (test/auth/ownership-fields
   * derives which must): only a caller who owns the old and the new target may change it.
   */
  decidesOwnership?: boolean;
}

/** Declares a many-to-one reference: a foreign key column, `xId` and `x` fields, a relation filter. */
export function Ref(target: () => Class, opts: RefOptions): PropertyDecorator {
  return (proto, key) => {
    const decl: RefDecl = {
      kind: 'ref',
      name: String(key),
      target,
      label: { zh: opts.label[0], en: opts.label[1] },
      description: opts.description,
      required: opts.required ?? false,
      sensitivity: opts.sensitivity as Sensitivity,
      inverse: opts.inverse && {
        name: opts.inverse.name,
        label: { zh: opts.inverse.label[0], en: opts.inverse.label[1] },
        description: opts.inverse.description,
      },
      decidesOwnership: opts.decidesOwnership ?? false,
    };
    noteDeclared(decl);
    addPendingField(proto.constructor as Class, decl);
  };
}
