import { mentionedAgents, mentionTokens } from './mentions';

const agents = [
  { id: 'a', name: 'Alex Agent', email: 'alex@acme.test' },
  { id: 'b', name: 'Blair Admin', email: 'blair@acme.test' },
  { id: 'c', name: 'Sam Lee', email: 'sam.lee@acme.test' },
  { id: 'd', name: 'Sam Ortiz', email: 'sam.o@acme.test' },
];
const ids = (text: string) => mentionedAgents(text, agents).map((a) => a.id);

describe('mentions', () => {
  it('reads @tokens, not addresses written plainly', () => {
    expect(mentionTokens('Hi @Alex, see mail from bob@example.com and @blair@acme.test.')).toEqual(['alex', 'blair@acme.test']);
  });

  it('finds agents by email, full name or a unique first name', () => {
    expect(ids('@alex please check')).toEqual(['a']);
    expect(ids('cc @BLAIR@acme.test')).toEqual(['b']);
    expect(ids('@SamLee and @sam.ortiz')).toEqual(['c', 'd']);
    expect(ids('@Blair-Admin')).toEqual(['b']);
  });

  it('never guesses: an ambiguous first name, an unknown name or no @ mention nobody', () => {
    expect(ids('@sam can you look')).toEqual([]);
    expect(ids('@nobody here')).toEqual([]);
    expect(ids('Alex, alex@acme.test')).toEqual([]);
  });
});
