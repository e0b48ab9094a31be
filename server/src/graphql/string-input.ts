import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from '../errors';

// PostgreSQL cannot store a NUL byte in text, and a lone UTF-16 surrogate is not a character: both
// ended in INTERNAL_SERVER_ERROR deep in a service. One check, over every string a request carries
// (the document's literals and every variable, at any depth), refuses them before anything runs.

// eslint-disable-next-line no-control-regex -- finding the NUL byte is the point.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string holds a NUL byte or a lone surrogate. */
export function isUnstorableString(value: string): boolean {
  return UNSTORABLE.test(value);
}

/** The path (`input.answers.note`) of the first unstorable string in a JSON value, or null. */
export function findUnstorableString(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isUnstorableString(value) || isUnstorableString(path) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableString(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      // Keys are strings too (JSON answers keep them).
      const found = findUnstorableString(inner, `${path}.${key}`) ?? (isUnstorableString(key) ? path : null);
      if (found) return found;
    }
  }
  return null;
}

/** The argument path (`input.email`) of the first string literal in a document that is unstorable, or null. */
export function findUnstorableLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  const argumentNames: string[] = [];
  visit(document, {
    Argument: {
      enter(node) {
        argumentNames.push(node.name.value);
      },
      leave() {
        argumentNames.pop();
      },
    },
    ObjectField: {
      enter(node) {
        argumentNames.push(node.name.value);
      },
      leave() {
        argumentNames.pop();
      },
    },
    StringValue(node) {
      if (found === null && isUnstorableString(node.value)) found = argumentNames.join('.') || 'document';
    },
  });
  return found;
}

function refuse(field: string): GraphQLError {
  return new GraphQLError(`${field} contains a NUL byte or an unpaired surrogate; remove it and try again.`, {
    extensions: { code: ErrorCode.BadUserInput, field, http: { status: 400 } },
  });
}

/** Where each variable is used: `$q` passed as `query` → `query` (the argument a client sees in the schema). */
export function variableArguments(document: DocumentNode): Map<string, string> {
  const uses = new Map<string, string>();
  const path: string[] = [];
  const enter = (node: { name: { value: string } }) => {
    path.push(node.name.value);
  };
  const leave = () => {
    path.pop();
  };
  visit(document, {
    Argument: { enter, leave },
    ObjectField: { enter, leave },
    Variable(node) {
      if (path.length && !uses.has(node.name.value)) uses.set(node.name.value, path.join('.'));
    },
  });
  return uses;
}

/** Refuses, as BAD_USER_INPUT naming the argument, any request whose strings cannot be stored. */
export const refuseUnstorableStrings: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const literal = findUnstorableLiteral(document);
        if (literal) throw refuse(literal);
        const argumentOf = variableArguments(document);
        for (const [name, value] of Object.entries(request.variables ?? {})) {
          const found = findUnstorableString(value, argumentOf.get(name) ?? name);
          if (found) throw refuse(found);
        }
        if (request.operationName && isUnstorableString(request.operationName)) throw refuse('operationName');
      },
    };
  },
};
