import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { FieldProblem } from '../../core/declare';
import { appError } from '../../core/errors';

/*
 * PostgreSQL cannot store U+0000 in text or jsonb (the statement fails: a 500 instead of
 * an answer), and a lone UTF-16 surrogate is no Unicode character at all: the driver
 * would write U+FFFD in its place, silently storing something else than was sent.
 */
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemOf(text: string): string | undefined {
  if (NUL.test(text)) return 'contains a NUL character (U+0000), which cannot be stored';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate, which is not valid Unicode';
  return undefined;
}

type Variables = Record<string, unknown>;

interface Walk {
  variables: Variables;
  defaults: Map<string, ValueNode>;
  problems: Map<string, string>;
}

function checkText(w: Walk, path: string, text: string): void {
  const problem = problemOf(text);
  if (problem && !w.problems.has(path)) w.problems.set(path, problem);
}

/** A variable's JSON value, wherever the operation uses it. */
function walkJson(w: Walk, path: string, value: unknown): void {
  if (typeof value === 'string') checkText(w, path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => walkJson(w, `${path}.${i}`, v));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkJson(w, `${path}.${k}`, v);
}

/** An argument's literal, and the variables inside it at the paths they take there. */
function walkValue(w: Walk, path: string, node: ValueNode): void {
  switch (node.kind) {
    case Kind.STRING:
      return checkText(w, path, node.value);
    case Kind.LIST:
      return node.values.forEach((v, i) => walkValue(w, `${path}.${i}`, v));
    case Kind.OBJECT:
      return node.fields.forEach((f) => walkValue(w, `${path}.${f.name.value}`, f.value));
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (name in w.variables) return walkJson(w, path, w.variables[name]);
      const fallback = w.defaults.get(name);
      return fallback ? walkValue(w, path, fallback) : undefined;
    }
    case Kind.INT:
    case Kind.FLOAT:
    case Kind.BOOLEAN:
    case Kind.NULL:
    case Kind.ENUM:
      return undefined; // no text in them
  }
}

const walkArguments = (w: Walk, args: readonly ArgumentNode[] | undefined) => args?.forEach((a) => walkValue(w, a.name.value, a.value));

/** Every field and directive of the operation, fragments followed once each. */
function walkSelections(
  w: Walk,
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  followed: Set<string>,
): void {
  for (const s of set?.selections ?? []) {
    s.directives?.forEach((d) => walkArguments(w, d.arguments));
    if (s.kind === Kind.FIELD) {
      walkArguments(w, s.arguments);
      walkSelections(w, s.selectionSet, fragments, followed);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      walkSelections(w, s.selectionSet, fragments, followed);
    } else if (!followed.has(s.name.value)) {
      followed.add(s.name.value);
      const fragment = fragments.get(s.name.value);
      fragment?.directives?.forEach((d) => walkArguments(w, d.arguments));
      walkSelections(w, fragment?.selectionSet, fragments, followed);
    }
  }
}

/** Strings of an operation's arguments that cannot be stored as sent, by path (`input.name`, `rows.3.code`, `email`). */
export function unstorableStrings(document: DocumentNode, operation: OperationDefinitionNode, variables: Variables = {}): FieldProblem[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  const w: Walk = { variables, defaults, problems: new Map() };
  operation.directives?.forEach((d) => walkArguments(w, d.arguments));
  walkSelections(w, operation.selectionSet, fragments, new Set());
  return [...w.problems].map(([path, message]) => ({ path, message }));
}

/**
 * Refuses, before anything runs (no resolver, no statement, nothing written), an
 * operation any of whose argument strings, inline or in variables, PostgreSQL could
 * not store as sent: BAD_USER_INPUT (HTTP 400) naming each path, never the value.
 */
export function unstorableStringsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const problems = unstorableStrings(document, operation, request.variables ?? {});
          if (!problems.length) return;
          throw appError('BAD_USER_INPUT', `Invalid input: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, {
            fields: problems,
            http: { status: 400 },
          });
        },
      };
    },
  };
}
