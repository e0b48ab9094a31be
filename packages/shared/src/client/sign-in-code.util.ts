/** The code as the API expects it: digits only, at most `length` of them ("123 456" → "123456"). */
export function normalizeSignInCode(input: string, length: number): string {
  return input.replace(/\D+/g, '').slice(0, length);
}

/** Whether a normalized code has exactly the expected number of digits. */
export function isCompleteSignInCode(code: string, length: number): boolean {
  return code.length === length && /^\d+$/.test(code);
}
