import { normalizeCode } from './CodeField';

describe('a one-time-code field', () => {
  it('keeps only the digits of a pasted code, spaced or dashed', () => {
    expect(normalizeCode('123 456', 6)).toBe('123456');
    expect(normalizeCode('12-34-56', 6)).toBe('123456');
  });

  it('never holds more digits than a code has', () => {
    expect(normalizeCode('12345678', 6)).toBe('123456');
  });

  it('drops letters typed by mistake', () => {
    expect(normalizeCode('1a2b3', 6)).toBe('123');
  });
});
