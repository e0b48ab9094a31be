import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Authorized, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly, ContactReadable } from '../../auth/visibility';

/** Who the viewer is. */
export enum ViewerKind {
  ANONYMOUS = 'ANONYMOUS',
  CONTACT = 'CONTACT',
  AGENT = 'AGENT',
}
registerEnumType(ViewerKind, { name: 'ViewerKind' });

/** The signed-in contact's own profile. */
@ContactReadable()
@ObjectType()
export class ContactProfile {
  @Field()
  id: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  name: string | null;
}

/** The signed-in agent's own profile. */
@ContactReadable()
@ObjectType()
export class AgentProfile {
  @Field()
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field({ description: '`admin` or `agent`.' })
  role: string;

  @AgentOnly()
  @Authorized(Role.Agent)
  @Field({ description: 'Whether sign-in also asks for a code from an authenticator app (TOTP).' })
  totpEnabled: boolean;
}

/** The organization the viewer belongs to. */
@ContactReadable()
@ObjectType()
export class ViewerOrganization {
  @Field()
  slug: string;

  @Field()
  name: string;
}

/** Who is asking, and their own profile. */
@ContactReadable()
@ObjectType()
export class Viewer {
  @Field(() => ViewerKind)
  kind: ViewerKind;

  @Field(() => ContactProfile, { nullable: true })
  contact: ContactProfile | null;

  @Field(() => AgentProfile, { nullable: true })
  agent: AgentProfile | null;

  @Field(() => ViewerOrganization, { nullable: true })
  organization: ViewerOrganization | null;
}

/** The same answer whether or not the email is known. */
@ContactReadable()
@ObjectType()
export class SignInRequested {
  @Field()
  message: string;

  @Field(() => Int)
  codeLength: number;

  @Field({
    description:
      'Secret of this device for `claimPortalSignIn` / `claimAgentSignIn` once the link is approved on another device. Keep it in memory only.',
  })
  waitingHandle: string;

  @Field(() => Int, { description: 'The two-digit number to show: the other device must pick it to approve this sign-in.' })
  matchNumber: number;
}

/** Where a waiting device's sign-in stands. */
export enum SignInClaimStatus {
  /** Nobody has answered on another device yet: ask again in a few seconds. */
  WAITING = 'WAITING',
  /** The other device picked a wrong number or said "I didn't ask for this": only the code works now. */
  REFUSED = 'REFUSED',
  /** Approved and claimed: the session cookie is set on this response. */
  SIGNED_IN = 'SIGNED_IN',
}
registerEnumType(SignInClaimStatus, { name: 'SignInClaimStatus' });

/** The answer to a waiting device's claim. */
@ContactReadable()
@ObjectType()
export class SignInClaim {
  @Field(() => SignInClaimStatus)
  status: SignInClaimStatus;

  @Field(() => String, { nullable: true, description: 'Relative path to continue to, once SIGNED_IN.' })
  returnPath: string | null;
}

/** A session was started; its cookie is set on the response. */
@ContactReadable()
@ObjectType()
export class SignInCompleted {
  @Field({ description: 'Relative path to continue to.' })
  returnPath: string;
}

@InputType({ description: 'A solved PROOF_OF_WORK_REQUIRED challenge.' })
export class ProofOfWorkInput {
  @Field({ description: "The challenge from the error's `extensions.challenge`, unchanged." })
  @IsString()
  @MaxLength(200)
  challenge: string;

  @Field({ description: 'Decimal digits such that SHA-256(challenge + solution) starts with `extensions.difficulty` zero bits.' })
  @IsString()
  @MaxLength(20)
  solution: string;
}

@InputType()
export class RequestPortalSignInInput {
  @Field()
  @IsString()
  @MaxLength(320)
  email: string;

  @Field(() => String, { nullable: true, description: 'Relative path to come back to after signing in.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  returnPath?: string | null;

  @Field(() => ProofOfWorkInput, {
    nullable: true,
    description: 'Needed only after a PROOF_OF_WORK_REQUIRED answer (the portal is busy): the solved challenge, used once.',
  })
  @IsOptional()
  @ValidateNested()
  proofOfWork?: ProofOfWorkInput | null;
}

@InputType()
export class VerifyPortalSignInCodeInput {
  @Field()
  @IsString()
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @MaxLength(20)
  code: string;
}

@InputType()
export class RequestAgentSignInInput {
  @Field({ description: "The organization's slug, e.g. `acme`." })
  @IsString()
  @MaxLength(63)
  workspace: string;

  @Field()
  @IsString()
  @MaxLength(320)
  email: string;
}

@InputType()
export class VerifyAgentSignInCodeInput extends RequestAgentSignInInput {
  @Field()
  @IsString()
  @MaxLength(20)
  code: string;

  @Field(() => String, {
    nullable: true,
    description: 'The authenticator-app code; required (TOTP_REQUIRED otherwise) when the agent has two-step verification on.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  totp?: string | null;
}

@InputType()
export class ClaimPortalSignInInput {
  @Field({ description: 'The `waitingHandle` from `requestPortalSignIn`.' })
  @IsString()
  @MaxLength(100)
  waitingHandle: string;
}

@InputType()
export class ClaimAgentSignInInput {
  @Field({ description: "The organization's slug, e.g. `acme`." })
  @IsString()
  @MaxLength(63)
  workspace: string;

  @Field({ description: 'The `waitingHandle` from `requestAgentSignIn`.' })
  @IsString()
  @MaxLength(100)
  waitingHandle: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The authenticator-app code; required (TOTP_REQUIRED otherwise) once approved, when the agent has two-step verification on.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  totp?: string | null;
}

/** A pending authenticator secret, shown once to be typed or imported into an app. */
@AgentOnly()
@ObjectType()
export class TotpEnrollment {
  @Field({ description: 'The base32 secret.' })
  secret: string;

  @Field({ description: 'The `otpauth://totp/…` URI authenticator apps import.' })
  otpauthUri: string;
}
