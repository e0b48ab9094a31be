import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';

const voteMutation = graphql(`
  mutation KbVote($articleId: ID!, $helpful: Boolean!) {
    voteOnArticle(articleId: $articleId, helpful: $helpful) {
      id
      myVote
    }
  }
`);

/** "Was this helpful?": one vote per visitor; choosing the other answer changes it. */
export function HelpfulVote({ articleId, myVote }: { articleId: string; myVote: boolean | null }) {
  const [vote, { loading }] = useMutation(voteMutation);
  const [failed, setFailed] = useState(false);

  async function choose(helpful: boolean) {
    setFailed(false);
    try {
      await vote({ variables: { articleId, helpful } });
    } catch {
      setFailed(true);
    }
  }

  return (
    <section className="kb-vote" aria-labelledby="kb-vote-title" data-testid="kb-vote">
      <h2 id="kb-vote-title" className="kb-vote-title">
        Was this article helpful?
      </h2>
      <div className="kb-vote-buttons">
        {[true, false].map((helpful) => (
          <button
            key={String(helpful)}
            type="button"
            className={myVote === helpful ? 'button button--primary button--small' : 'button button--ghost button--small'}
            aria-pressed={myVote === helpful}
            disabled={loading}
            onClick={() => void choose(helpful)}
          >
            {helpful ? 'Yes' : 'No'}
          </button>
        ))}
      </div>
      <p className="kb-vote-status" role="status">
        {failed
          ? "We couldn't save your answer. Please try again."
          : myVote === true
            ? 'Thanks! Glad it helped.'
            : myVote === false
              ? 'Thanks for telling us. We use your answer to improve this article.'
              : ''}
      </p>
    </section>
  );
}
