import { personInitials, personName } from './person-name.util';

describe('personName', () => {
  it('a contact without a name is called by their email address', () => {
    expect(personName({ name: null, email: 'wile@coyote.test' })).toBe('wile@coyote.test');
    expect(personName({ name: '   ', email: 'wile@coyote.test' })).toBe('wile@coyote.test');
  });
  it('a name wins over the address, and the fallback is only for nobody', () => {
    expect(personName({ name: 'Wile E. Coyote', email: 'wile@coyote.test' })).toBe('Wile E. Coyote');
    expect(personName(null, 'The system')).toBe('The system');
  });
});

describe('personInitials', () => {
  it('takes the first and last word of a name, and the first letter of an address', () => {
    expect(personInitials({ name: 'Wile E. Coyote' })).toBe('WC');
    expect(personInitials({ name: null, email: 'procurement@acme.test' })).toBe('P');
    expect(personInitials('Acme')).toBe('A');
  });
});
