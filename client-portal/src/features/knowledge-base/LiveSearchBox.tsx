import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { Icon, useDebouncedValue } from '@actionconnect/ui';
import { SEARCH_DEBOUNCE_MS, searchPath } from './kb-articles.util';

/**
 * The search box of the knowledge-base pages: results follow the typing (the last word is matched
 * as a prefix), and the URL follows the results without filling the history.
 */
export function LiveSearchBox({ query }: { query: string }) {
  const [text, setText] = useState(query);
  const settled = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const navigate = useNavigate();
  const id = useId();
  const typed = useRef(false);

  // The URL changed elsewhere (back button, a link): show its query.
  useEffect(() => {
    if (!typed.current) setText(query);
    typed.current = false;
  }, [query]);

  // Only a pause in typing searches: a URL change (back button) must not be undone by old typing.
  const lastSettled = useRef(settled);
  useEffect(() => {
    if (settled === lastSettled.current) return;
    lastSettled.current = settled;
    if (settled.trim() === query) return;
    typed.current = true;
    navigate(searchPath(settled), { replace: true });
  }, [settled, query, navigate]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    typed.current = true;
    navigate(searchPath(text), { replace: true });
  }

  return (
    <form role="search" className="search search--compact" onSubmit={handleSubmit}>
      <label htmlFor={id} className="visually-hidden">
        Search the knowledge base
      </label>
      <Icon name="search" className="icon search-icon" />
      <input
        id={id}
        className="search-input"
        type="search"
        name="q"
        placeholder="Search for answers"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button search-button">
        Search
      </button>
    </form>
  );
}
