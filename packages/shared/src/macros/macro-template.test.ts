import { renderMacro, unknownPlaceholders } from './macro-template';

const context = {
  requester: { name: 'Wile E. Coyote', email: 'wile@coyote.test' },
  ticket: { number: 42, subject: 'Rocket skates' },
  agent: { name: 'Arthur Agent', email: 'agent@acme.test' },
};

describe('the canned-reply renderer', () => {
  it('fills every placeholder, with or without spaces inside the braces', () => {
    const body =
      'Hi {{requester.first_name}} ({{ requester.name }}, {{requester.email}}): #{{ticket.number}} “{{ticket.subject}}”. {{agent.first_name}} / {{agent.name}}';
    expect(renderMacro(body, context)).toBe('Hi Wile (Wile E. Coyote, wile@coyote.test): #42 “Rocket skates”. Arthur / Arthur Agent');
  });

  it('calls a requester without a name by their address', () => {
    expect(renderMacro('Hi {{requester.first_name}},', { ...context, requester: { name: null, email: 'p@acme.test' } })).toBe(
      'Hi p@acme.test,',
    );
  });

  it('names each unknown placeholder once, and leaves it as written', () => {
    const body = 'Hi {{requester.firstname}} {{ ticket.id }} {{requester.firstname}} {{ticket.number}}';
    expect(unknownPlaceholders(body)).toEqual(['requester.firstname', 'ticket.id']);
    expect(renderMacro('{{ticket.id}}', context)).toBe('{{ticket.id}}');
  });
});
