import { useMutation } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { graphql } from '../../gql';
import { newSessionId } from './kb-articles.util';

const sessionSubmittedMutation = graphql(`
  mutation KbSuggestionSessionSubmitted($sessionId: ID!) {
    recordSuggestionSessionSubmitted(sessionId: $sessionId)
  }
`);

/** One request form session, for counting deflections (see ArticleSuggestions). */
export interface SuggestionSession {
  /** A random UUID made when the form was shown. */
  id: string;
  /** Call once the request was submitted: the suggestions opened in this session did not deflect it. Never throws. */
  markSubmitted(): Promise<void>;
}

/** A new session for the lifetime of the request form that calls it. */
export function useSuggestionSession(): SuggestionSession {
  const [id] = useState(() => newSessionId());
  const [report] = useMutation(sessionSubmittedMutation);
  return useMemo(
    () => ({
      id,
      markSubmitted: () =>
        report({ variables: { sessionId: id } }).then(
          () => undefined,
          () => undefined,
        ),
    }),
    [id, report],
  );
}
