import { describe, expect, it } from '@jest/globals';
import { NETWORK_ERROR_MESSAGE, UNEXPECTED_ERROR_MESSAGE, hasFormErrors, toFormErrors } from './api-errors.util';

describe('toFormErrors', () => {
  it('puts a BAD_USER_INPUT error beside the input it names', () => {
    const errors = toFormErrors(
      [{ message: 'Enter a valid email address', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }],
      ['email'],
    );
    expect(errors).toEqual({ fields: { email: 'Enter a valid email address' }, form: null });
  });

  it('puts each failing property of a validation error beside its input', () => {
    const errors = toFormErrors(
      [
        {
          message: 'Invalid email, code',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'email', messages: ['email must be an email'] },
              { field: 'code', messages: ['code is too short', 'code must be digits'] },
            ],
          },
        },
      ],
      ['email', 'code'],
    );
    expect(errors.fields).toEqual({ email: 'email must be an email', code: 'code is too short code must be digits' });
    expect(errors.form).toBeNull();
  });

  it('shows an error about an input the form does not have at the form level', () => {
    const errors = toFormErrors(
      [{ message: 'Return path is too long', extensions: { code: 'BAD_USER_INPUT', field: 'returnPath' } }],
      ['email'],
    );
    expect(errors).toEqual({ fields: {}, form: 'Return path is too long' });
  });

  it('shows a rate limit at the form level with the server message', () => {
    const errors = toFormErrors(
      [{ message: 'Too many attempts. Try again in 10 minutes.', extensions: { code: 'RATE_LIMITED' } }],
      ['email'],
    );
    expect(errors.form).toBe('Too many attempts. Try again in 10 minutes.');
  });

  it('never shows a masked server error verbatim', () => {
    expect(toFormErrors([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], []).form).toBe(
      UNEXPECTED_ERROR_MESSAGE,
    );
  });

  it('explains a network failure', () => {
    expect(toFormErrors([{ message: '', extensions: { code: 'NETWORK_ERROR' } }], []).form).toBe(NETWORK_ERROR_MESSAGE);
  });

  it('keeps the first message when several errors target the same place', () => {
    const errors = toFormErrors(
      [
        { message: 'first', extensions: { code: 'BAD_USER_INPUT', field: 'code' } },
        { message: 'second', extensions: { code: 'BAD_USER_INPUT', field: 'code' } },
        { message: 'form first', extensions: { code: 'FORBIDDEN' } },
        { message: 'form second', extensions: { code: 'NOT_FOUND' } },
      ],
      ['code'],
    );
    expect(errors).toEqual({ fields: { code: 'first' }, form: 'form first' });
  });

  it('puts an error on the input the form maps its code to', () => {
    const errors = toFormErrors([{ message: 'Workspace not found', extensions: { code: 'NOT_FOUND' } }], ['workspace', 'email'], {
      inputForCode: { NOT_FOUND: 'workspace' },
    });
    expect(errors).toEqual({ fields: { workspace: 'Workspace not found' }, form: null });
  });

  it('reports whether anything needs showing', () => {
    expect(hasFormErrors(toFormErrors([], ['email']))).toBe(false);
    expect(hasFormErrors(toFormErrors([{ message: 'x', extensions: { field: 'email' } }], ['email']))).toBe(true);
  });
});
