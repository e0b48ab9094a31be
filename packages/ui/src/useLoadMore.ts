import { useState } from 'react';

/** The state of a "load more" button: whether a page is loading, and the message to show when one failed. */
export interface LoadMore {
  loading: boolean;
  error: string | null;
  run(load: () => Promise<unknown>): Promise<void>;
}

/** Runs one "load more" at a time and keeps `failure` to show when it fails (the list so far stays). */
export function useLoadMore(failure: string): LoadMore {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(load: () => Promise<unknown>) {
    setError(null);
    setLoading(true);
    try {
      await load();
    } catch {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }
  return { loading, error, run };
}
