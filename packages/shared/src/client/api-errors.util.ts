/** One GraphQL error as the API sends it (the shape of graphql-js's GraphQLFormattedError). */
export interface ApiErrorLike {
  readonly message: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Messages to show beside each input, and one for the form as a whole. */
export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  form: string | null;
}

/** Shown when the request never got a GraphQL answer (offline, proxy error, server down). */
export const NETWORK_ERROR_MESSAGE = "We couldn't reach the server. Check your connection and try again.";
/** Shown for masked server errors, whose message says nothing useful to a customer. */
export const UNEXPECTED_ERROR_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

/** No errors at all: the state of a form before its first submission. */
export const NO_FORM_ERRORS: FormErrors<never> = Object.freeze({ fields: Object.freeze({}), form: null });

/** How a form places errors that name no input. */
export interface FormErrorOptions<F extends string> {
  /** The input an error code is about, e.g. NOT_FOUND → 'workspace' on the agent sign-in form. */
  inputForCode?: Partial<Record<string, F>>;
}

/**
 * Sorts API errors into a message per input and one for the form. An error naming one of the
 * form's inputs (`extensions.field`, or validation's `extensions.fields`) goes beside that input,
 * as does one whose code the form maps to an input; everything else (rate limits, permissions,
 * outages) goes to the form, first one wins.
 */
export function toFormErrors<F extends string>(
  errors: readonly ApiErrorLike[],
  inputs: readonly F[],
  options: FormErrorOptions<F> = {},
): FormErrors<F> {
  const fields: Partial<Record<F, string>> = {};
  let form: string | null = null;
  for (const error of errors) {
    const code = error.extensions?.code;
    const codeInput = typeof code === 'string' ? options.inputForCode?.[code] : undefined;
    const placed = messagesByInput(error, inputs);
    if (placed.length === 0 && codeInput && error.message) placed.push([codeInput, error.message]);
    if (placed.length > 0) {
      for (const [input, message] of placed) fields[input] ??= message;
    } else {
      form ??= formMessage(error);
    }
  }
  return { fields, form };
}

/** Whether the errors carry no message at all. */
export function hasFormErrors<F extends string>(errors: FormErrors<F>): boolean {
  return errors.form !== null || Object.values(errors.fields).some(Boolean);
}

function messagesByInput<F extends string>(error: ApiErrorLike, inputs: readonly F[]): [F, string][] {
  const isInput = (name: unknown): name is F => typeof name === 'string' && (inputs as readonly string[]).includes(name);
  const { field, fields } = error.extensions ?? {};
  if (isInput(field)) return [[field, error.message]];
  if (!Array.isArray(fields)) return [];
  // type-graphql's argument validation lists every failing property with its own messages.
  return fields.flatMap((entry: unknown): [F, string][] => {
    const { field: name, messages } = (entry ?? {}) as { field?: unknown; messages?: unknown };
    if (!isInput(name)) return [];
    const text = Array.isArray(messages) ? messages.filter((m) => typeof m === 'string').join(' ') : '';
    return [[name, text || error.message]];
  });
}

function formMessage(error: ApiErrorLike): string {
  const code = error.extensions?.code;
  if (code === 'NETWORK_ERROR') return NETWORK_ERROR_MESSAGE;
  if (code === 'INTERNAL_SERVER_ERROR' || !error.message) return UNEXPECTED_ERROR_MESSAGE;
  return error.message;
}
