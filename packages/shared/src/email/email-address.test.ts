import { MAX_EMAIL_LENGTH, normalizeEmail } from './email-address';

describe('normalizeEmail', () => {
  it('trims and lowercases an ordinary address', () => {
    expect(normalizeEmail('  Jane.Doe+Support@Example.COM \n')).toBe('jane.doe+support@example.com');
  });

  it.each(["o'brien@example.ie", 'a@b.co', 'x_y-z@mail.sub.example.org', 'ops@xn--bcher-kva.example'])(
    'accepts the real-world address %s',
    (address) => {
      expect(normalizeEmail(address)).toBe(address);
    },
  );

  it.each([
    ['two addresses separated by a comma', 'a@x.com,b@y.com'],
    ['two addresses separated by a semicolon', 'a@x.com;b@y.com'],
    ['two addresses separated by a space', 'a@x.com b@y.com'],
    ['a CRLF-injected Bcc header', 'a@x.com\r\nBcc: b@y.com'],
    ['an LF-injected header', 'a@x.com\nCc:b@y.com'],
    ['a bare CR', 'a@x.com\rb@y.com'],
    ['a NUL byte', 'a@x.com\u0000'],
    ['a display name in angle brackets', 'Jane <jane@x.com>'],
    ['bare angle brackets', '<jane@x.com>'],
    ['a quoted local part', '"jane doe"@x.com'],
    ['an inner space', 'jane doe@x.com'],
    ['a tab inside', 'jane\t@x.com'],
    ['a dotless domain', 'jane@localhost'],
    ['an IP literal', 'jane@[127.0.0.1]'],
    ['a numeric top-level label', 'jane@10.0.0.1'],
    ['two @ signs', 'jane@x@y.com'],
    ['no local part', '@x.com'],
    ['no domain', 'jane@'],
    ['a leading dot', '.jane@x.com'],
    ['a trailing dot in the local part', 'jane.@x.com'],
    ['consecutive dots', 'ja..ne@x.com'],
    ['a domain label starting with a hyphen', 'jane@-x.com'],
    ['a trailing dot in the domain', 'jane@x.com.'],
    ['non-ASCII characters', 'jané@x.com'],
    ['an empty string', ''],
    ['only whitespace', '   '],
  ])('refuses %s', (_, input) => {
    expect(normalizeEmail(input)).toBeNull();
  });

  it(`refuses an address longer than ${MAX_EMAIL_LENGTH} characters`, () => {
    const address = (lastLabel: number) => `${'a'.repeat(64)}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(lastLabel)}.com`;
    expect(address(57)).toHaveLength(MAX_EMAIL_LENGTH);
    expect(normalizeEmail(address(57))).toBe(address(57));
    expect(normalizeEmail(address(58))).toBeNull();
  });

  it('refuses a local part longer than 64 characters', () => {
    expect(normalizeEmail(`${'a'.repeat(64)}@x.com`)).not.toBeNull();
    expect(normalizeEmail(`${'a'.repeat(65)}@x.com`)).toBeNull();
  });

  it('answers null rather than throwing when handed something that is not a string', () => {
    expect(normalizeEmail(42 as unknown as string)).toBeNull();
    expect(normalizeEmail(null as unknown as string)).toBeNull();
  });
});
