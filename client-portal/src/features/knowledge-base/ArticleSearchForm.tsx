import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { Icon } from '@actionconnect/ui';

/** The knowledge-base search box; submitting opens /knowledge-base?q=… */
export function ArticleSearchForm({ initialQuery = '', size = 'large' }: { initialQuery?: string; size?: 'large' | 'compact' }) {
  const [query, setQuery] = useState(initialQuery);
  const navigate = useNavigate();
  const id = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = query.trim();
    navigate(q ? `/knowledge-base?${new URLSearchParams({ q }).toString()}` : '/knowledge-base');
  }

  return (
    <form role="search" className={`search search--${size}`} onSubmit={handleSubmit}>
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
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <button type="submit" className="button search-button">
        Search
      </button>
    </form>
  );
}
