import type { CrossTenantData } from '../../db/cross-tenant';
import { SignInToken } from './sign-in-token.entity';

/** The organization an agent's sign-in link belongs to (the app host serves every workspace), or null. */
export async function agentTokenOrganizationId(crossTenant: CrossTenantData, tokenHash: string): Promise<string | null> {
  const token = await crossTenant.run('sign-in', (m) => m.findOne(SignInToken, { where: { tokenHash } }));
  return token?.purpose === 'agent' ? token.organizationId : null;
}
