import { useMutation } from '@apollo/client/react';
import { apiErrorsOf } from '@actionconnect/ui';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { requestWithProofOfWork, solveChallenge } from './proof-of-work.util';

/** Asks for a sign-in email; also used by "Send a new code". */
const requestPortalSignInMutation = graphql(`
  mutation RequestPortalSignIn($input: RequestPortalSignInInput!) {
    requestPortalSignIn(input: $input) {
      message
      codeLength
      waitingHandle
      matchNumber
    }
  }
`);

/** What the API answered: the same whether or not the address is known. */
export interface SignInSent {
  message: string;
  codeLength: number;
  /** This device's secret for claiming the sign-in once another device approves it. */
  waitingHandle: string;
  /** The number the other device must pick. */
  matchNumber: number;
}

/** Where a sign-in stands: the email still to give, or a code (or link) sent to `email`. */
export type SignInStep = { name: 'email'; email: string } | ({ name: 'code'; email: string } & SignInSent);

/**
 * Requests a sign-in email. When the portal is busy (PROOF_OF_WORK_REQUIRED) the browser solves
 * the challenge, `checking` is true meanwhile, and the request is sent again by itself. Leaving the
 * page stops the work.
 */
export function usePortalSignInRequest(): {
  request: (input: { email: string; returnPath: string }) => Promise<SignInSent>;
  loading: boolean;
  checking: boolean;
} {
  const [mutate, { loading }] = useMutation(requestPortalSignInMutation);
  const [checking, setChecking] = useState(false);
  const aborter = useRef<AbortController | null>(null);
  useEffect(() => () => aborter.current?.abort(), []);

  async function request(input: { email: string; returnPath: string }): Promise<SignInSent> {
    aborter.current?.abort();
    const controller = new AbortController();
    aborter.current = controller;
    const { data } = await requestWithProofOfWork((proofOfWork) => mutate({ variables: { input: { ...input, proofOfWork } } }), {
      errorsOf: apiErrorsOf,
      onChecking: (on) => {
        if (!controller.signal.aborted) setChecking(on);
      },
      solve: (challenge) => solveChallenge(challenge, controller.signal),
    });
    if (!data) throw new Error('No answer to the sign-in request');
    return data.requestPortalSignIn;
  }

  return { request, loading: loading || checking, checking };
}
