import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { clientIp } from '../../graphql/request-args';
import { Role } from '../../auth/auth-checker';
import { AgentOnly, ContactReadable } from '../../auth/visibility';
import { DomainError, ErrorCode, forbidden, notFound } from '../../errors';
import { writeSessionCookie } from '../../http/cookies';
import {
  ClaimAgentSignInInput,
  ClaimPortalSignInInput,
  RequestAgentSignInInput,
  RequestPortalSignInInput,
  SignInClaim,
  SignInClaimStatus,
  SignInCompleted,
  SignInRequested,
  TotpEnrollment,
  VerifyAgentSignInCodeInput,
  VerifyPortalSignInCodeInput,
  Viewer,
  ViewerKind,
} from './auth.types';
import { SIGN_IN_CODE_LENGTH, SIGN_IN_TTL_MS, type SignInClaim as Claim, type SignInStarted, type SignInTarget } from './sign-in.service';
import { writeWaitingCookie } from './waiting-cookie';

/** The answer to a sign-in request; the browser also keeps the waiting handle for the link's page. */
function requested(ctx: GraphQLContext, started: SignInStarted): SignInRequested {
  writeWaitingCookie(ctx.res, ctx.config, started.waitingHandle, SIGN_IN_TTL_MS / 1000);
  return {
    message: started.message,
    codeLength: SIGN_IN_CODE_LENGTH,
    waitingHandle: started.waitingHandle,
    matchNumber: started.matchNumber,
  };
}

/** A claim's answer; a session it started is written to this response's cookie. */
function claimed(ctx: GraphQLContext, claim: Claim): SignInClaim {
  if (claim.status !== 'signed-in') {
    return { status: claim.status === 'waiting' ? SignInClaimStatus.WAITING : SignInClaimStatus.REFUSED, returnPath: null };
  }
  writeSessionCookie(ctx.res, ctx.config, claim.success.secret, claim.success.maxAgeSeconds);
  return { status: SignInClaimStatus.SIGNED_IN, returnPath: claim.success.returnPath };
}

function portalTarget(ctx: GraphQLContext): SignInTarget {
  if (ctx.host.kind !== 'portal') throw new DomainError(ErrorCode.NotFound, 'Portal sign-in happens on an organization portal');
  return { organization: ctx.host.organization, purpose: 'portal' };
}

async function agentTarget(ctx: GraphQLContext, workspace: string): Promise<SignInTarget> {
  if (ctx.host.kind !== 'app') throw new DomainError(ErrorCode.NotFound, 'Agent sign-in happens in the agent app');
  const organization = await ctx.services.organizations.hosts.organizationBySlug(workspace.trim().toLowerCase());
  if (!organization) throw new DomainError(ErrorCode.NotFound, 'Workspace not found', { field: 'workspace' });
  return { organization, purpose: 'agent' };
}

/** Sign-in, sign-out and "who am I". */
@ContactReadable()
@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { description: 'Who is asking. Anonymous visitors get kind ANONYMOUS.' })
  async viewer(@Ctx() ctx: GraphQLContext): Promise<Viewer> {
    const v = ctx.viewer;
    if (v.kind === 'contact') {
      const contact = await ctx.services.auth.sessions.contact(v.organizationId, v.contactId);
      if (!contact) throw notFound('Contact');
      return {
        kind: ViewerKind.CONTACT,
        contact: { id: contact.id, email: contact.email, name: contact.name },
        agent: null,
        organization: null,
      };
    }
    if (v.kind === 'agent') {
      const agent = await ctx.services.auth.sessions.agent(v.organizationId, v.agentId);
      if (!agent) throw notFound('Agent');
      const org = ctx.organization;
      return {
        kind: ViewerKind.AGENT,
        contact: null,
        agent: { id: agent.id, email: agent.email, name: agent.name, role: agent.role, totpEnabled: agent.totpEnabledAt !== null },
        organization: org ? { slug: org.slug, name: org.name } : null,
      };
    }
    return { kind: ViewerKind.ANONYMOUS, contact: null, agent: null, organization: null };
  }

  @Mutation(() => SignInRequested, {
    description:
      'Emails a one-time sign-in link and code to a contact. Same answer for known and unknown emails. When the portal is busy it answers PROOF_OF_WORK_REQUIRED with a challenge to solve and send back in `proofOfWork`.',
  })
  async requestPortalSignIn(@Arg('input') input: RequestPortalSignInInput, @Ctx() ctx: GraphQLContext): Promise<SignInRequested> {
    const started = await ctx.services.auth.signIn.request(portalTarget(ctx), {
      email: input.email,
      returnPath: input.returnPath,
      ip: clientIp(ctx),
      proofOfWork: input.proofOfWork,
    });
    return requested(ctx, started);
  }

  @Mutation(() => SignInClaim, {
    description:
      'Asked every few seconds by the device waiting on "Check your email": once the link was approved on another device (by picking the match number), signs this device in, once.',
  })
  async claimPortalSignIn(@Arg('input') input: ClaimPortalSignInInput, @Ctx() ctx: GraphQLContext): Promise<SignInClaim> {
    const claim = await ctx.services.auth.signIn.claim(portalTarget(ctx), { waitingHandle: input.waitingHandle, host: ctx.host.hostname });
    return claimed(ctx, claim);
  }

  @Mutation(() => SignInCompleted, { description: 'Signs a contact in with the code from the email (the cross-device path).' })
  async verifyPortalSignInCode(@Arg('input') input: VerifyPortalSignInCodeInput, @Ctx() ctx: GraphQLContext): Promise<SignInCompleted> {
    const success = await ctx.services.auth.signIn.redeemCode(portalTarget(ctx), {
      email: input.email,
      code: input.code,
      ip: clientIp(ctx),
      host: ctx.host.hostname,
    });
    writeSessionCookie(ctx.res, ctx.config, success.secret, success.maxAgeSeconds);
    return { returnPath: success.returnPath };
  }

  @Mutation(() => SignInRequested, { description: 'Emails a one-time sign-in link and code to an agent of the workspace.' })
  async requestAgentSignIn(@Arg('input') input: RequestAgentSignInInput, @Ctx() ctx: GraphQLContext): Promise<SignInRequested> {
    const started = await ctx.services.auth.signIn.request(await agentTarget(ctx, input.workspace), {
      email: input.email,
      ip: clientIp(ctx),
    });
    return requested(ctx, started);
  }

  @Mutation(() => SignInClaim, {
    description:
      "The agent app's waiting device: signs in once the link was approved on another device. With two-step verification on, needs `totp` (TOTP_REQUIRED otherwise).",
  })
  async claimAgentSignIn(@Arg('input') input: ClaimAgentSignInInput, @Ctx() ctx: GraphQLContext): Promise<SignInClaim> {
    const claim = await ctx.services.auth.signIn.claim(await agentTarget(ctx, input.workspace), {
      waitingHandle: input.waitingHandle,
      totp: input.totp,
      host: ctx.host.hostname,
    });
    return claimed(ctx, claim);
  }

  @Mutation(() => SignInCompleted, { description: 'Signs an agent in with the code from the email.' })
  async verifyAgentSignInCode(@Arg('input') input: VerifyAgentSignInCodeInput, @Ctx() ctx: GraphQLContext): Promise<SignInCompleted> {
    const target = await agentTarget(ctx, input.workspace);
    const success = await ctx.services.auth.signIn.redeemCode(target, {
      email: input.email,
      code: input.code,
      totp: input.totp,
      ip: clientIp(ctx),
      host: ctx.host.hostname,
    });
    writeSessionCookie(ctx.res, ctx.config, success.secret, success.maxAgeSeconds);
    return { returnPath: success.returnPath };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session on the server and clears its cookie.' })
  async signOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (ctx.viewer.kind !== 'anonymous') await ctx.services.auth.sessions.revoke(ctx.viewer);
    writeSessionCookie(ctx.res, ctx.config, null);
    return true;
  }
}

/** The signed-in agent, in the agent app. @Authorized(Role.Agent) already ran; this also pins the host. */
function agentScope(ctx: GraphQLContext): { organizationId: string; agentId: string; organizationName: string } {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'agent' || ctx.host.kind !== 'app' || ctx.organization?.id !== viewer.organizationId) throw forbidden();
  return { organizationId: viewer.organizationId, agentId: viewer.agentId, organizationName: ctx.organization.name };
}

/** An agent's own two-step verification (TOTP) settings. */
@AgentOnly()
@Resolver()
export class TotpResolver {
  @Authorized(Role.Agent)
  @Mutation(() => TotpEnrollment, {
    description: 'Creates a new authenticator secret for the signed-in agent. Not in force until confirmTotpEnrollment.',
  })
  startTotpEnrollment(@Ctx() ctx: GraphQLContext): Promise<TotpEnrollment> {
    const scope = agentScope(ctx);
    return ctx.services.auth.totp.startEnrollment(scope.organizationId, scope.agentId, `ActionConnect · ${scope.organizationName}`);
  }

  @Authorized(Role.Agent)
  @Mutation(() => Boolean, { description: 'Turns two-step verification on, given a current code from the authenticator app.' })
  confirmTotpEnrollment(@Arg('code') code: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const scope = agentScope(ctx);
    return ctx.services.auth.totp.confirmEnrollment(scope.organizationId, scope.agentId, code.slice(0, 20));
  }

  @Authorized(Role.Agent)
  @Mutation(() => Boolean, { description: 'Turns two-step verification off, given a current code from the authenticator app.' })
  disableTotp(@Arg('code') code: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const scope = agentScope(ctx);
    return ctx.services.auth.totp.disable(scope.organizationId, scope.agentId, code.slice(0, 20));
  }
}
