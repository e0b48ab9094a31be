import express from 'express';
import type { HostResolver } from './host-resolution.cross-tenant';

/**
 * `GET /internal/tls/ask?domain=…` for a TLS edge that issues certificates on demand (Caddy's
 * `on_demand_tls { ask … }`): 200 when we serve the host (a verified custom domain, an existing
 * `<slug>.<portal base domain>`, or the app host), 404 otherwise, so nobody can make the edge
 * request certificates for names we do not serve. Mounted before host routing: the edge asks by IP.
 */
export function tlsAskRoutes(deps: { hosts: HostResolver }): express.Router {
  const router = express.Router();
  router.get('/internal/tls/ask', async (req, res, next) => {
    try {
      const raw = typeof req.query.domain === 'string' ? req.query.domain : '';
      const hostname = raw.trim().toLowerCase().replace(/\.$/, '');
      const known = await deps.hosts.serves(hostname);
      res.setHeader('Cache-Control', 'no-store');
      res
        .status(known ? 200 : 404)
        .type('text/plain')
        .send(known ? 'ok\n' : 'not a domain served here\n');
    } catch (error) {
      next(error);
    }
  });
  return router;
}
