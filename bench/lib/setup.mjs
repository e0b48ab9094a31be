// What a run needs before load: sessions and path context from the database (as the owner, before
// the product holds a PGlite folder), then the product itself and the portal form's version id.
import { openOwner } from './db.mjs';
import { assertOk, graphqlRequest, serverClient } from './http-load.mjs';
import { buildPaths, clientDocument, pathContext } from './paths.mjs';
import { productEnv, startProcess } from './processes.mjs';
import { PORTAL_HOST } from './sessions.mjs';
import { createSessions } from './sessions.mjs';

/** Sessions and path context, read and written as the owner. */
export async function prepareDatabase(target) {
  const db = await openOwner(target);
  try {
    const sessions = await createSessions(db);
    const ctx = await pathContext(db, sessions.organizationId, sessions.agentId);
    return { sessions, ctx };
  } finally {
    await db.close();
  }
}

/** Starts the product on the target (extra env and node arguments for capture mode). */
export function startProduct(target, { env = {}, nodeArgs = [] } = {}) {
  return startProcess('server/dist/main.js', productEnv(target, env), { nodeArgs, label: 'the product' });
}

/** The paths, completed with what only the running product can tell (the form the portal shows). */
export async function resolvePaths(product, { sessions, ctx }) {
  const client = serverClient(product.port, 1);
  const forms = assertOk(
    'PortalIntakeForms',
    await graphqlRequest(
      client,
      {
        operationName: 'PortalIntakeForms',
        query: clientDocument('portal', 'PortalIntakeForms'),
        host: PORTAL_HOST,
        variables: () => ({}),
      },
      sessions.contactCookie,
    ),
  );
  if (!forms.intakeForms.length) throw new Error('the portal offers no intake form');
  client.agent.destroy();
  return buildPaths({ ...ctx, formVersionId: forms.intakeForms[0].versionId });
}

/** The cookie a path's requests carry. */
export function cookieFor(path, sessions) {
  return path.app === 'agent' ? sessions.agentCookie : sessions.contactCookie;
}
