import { useQuery } from '@apollo/client/react';
import { personName } from '@actionconnect/shared';
import { useDebouncedValue } from '@actionconnect/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { graphql } from '../../gql';
import './search.css';

const agentSearchQuery = graphql(`
  query AgentSearch($text: String!) {
    agentSearch(text: $text, first: 5) {
      tickets {
        id
        number
        subject
        status
      }
      contacts {
        id
        name
        email
      }
      companies {
        id
        name
      }
    }
  }
`);

/** Whether a key press happened while typing somewhere, where `/` is a character, not a shortcut. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The header's one search box over tickets, contacts and companies; `/` focuses it from anywhere. */
export function GlobalSearch() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const location = useLocation();
  const [text, setText] = useState('');
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.pathname && text.trim() !== '';
  const debounced = useDebouncedValue(text.trim(), 200);
  const { data, loading } = useQuery(agentSearchQuery, { variables: { text: debounced }, skip: debounced === '' });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingIn(event.target)) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const found = debounced === text.trim() ? data?.agentSearch : undefined;
  const empty = found && !found.tickets.length && !found.contacts.length && !found.companies.length;
  return (
    <div className="global-search" role="search">
      <label htmlFor={id} className="visually-hidden">
        Search tickets, contacts and companies
      </label>
      <input
        ref={input}
        id={id}
        className="input global-search-input"
        type="search"
        placeholder="Search tickets, contacts, companies ( / )"
        autoComplete="off"
        value={text}
        role="combobox"
        aria-autocomplete="list"
        aria-controls={open ? `${id}-results` : undefined}
        aria-expanded={open}
        onChange={(event) => {
          setText(event.target.value);
          setOpenOn(location.pathname);
        }}
        onFocus={() => setOpenOn(location.pathname)}
        onKeyDown={(event) => event.key === 'Escape' && setOpenOn(null)}
      />
      {open && (
        <div className="global-search-results" id={`${id}-results`} data-testid="search-results">
          {!found ? (
            <p className="muted">{loading ? 'Searching…' : 'Type to search.'}</p>
          ) : empty ? (
            <p className="muted">Nothing matches “{text.trim()}”.</p>
          ) : (
            <>
              <ResultGroup
                title="Tickets"
                items={found.tickets.map((t) => ({ key: t.id, to: `/tickets/t/${t.number}`, label: `#${t.number} ${t.subject}` }))}
              />
              <ResultGroup
                title="Contacts"
                items={found.contacts.map((c) => ({
                  key: c.id,
                  to: `/contacts/${c.id}`,
                  label: personName(c),
                  detail: c.name ? c.email : undefined,
                }))}
              />
              <ResultGroup title="Companies" items={found.companies.map((c) => ({ key: c.id, to: `/companies/${c.id}`, label: c.name }))} />
            </>
          )}
        </div>
      )}
    </div>
  );
}

function ResultGroup({ title, items }: { title: string; items: { key: string; to: string; label: string; detail?: string }[] }) {
  if (!items.length) return null;
  return (
    <section className="global-search-group" aria-label={title}>
      <h2 className="global-search-title">{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link to={item.to} className="global-search-item">
              <span>{item.label}</span>
              {item.detail && <span className="muted">{item.detail}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
