// A small closed-loop load generator: `connections` keep-alive connections to 127.0.0.1, each
// sending its next request as soon as the previous answer is read, for a fixed time.
import http from 'node:http';

/** Sends one GraphQL request; resolves { status, body } (body parsed). */
export function graphqlRequest({ port, agent }, path, cookie, i = 0) {
  const payload = Buffer.from(JSON.stringify({ operationName: path.operationName, query: path.query, variables: path.variables(i) }));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          host: `${path.host}:${port}`,
          'content-type': 'application/json',
          'content-length': payload.length,
          cookie,
          // Tells the baseline which captured path this is; the product ignores it.
          'x-bench-path': path.name ?? path.operationName,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body;
          try {
            body = JSON.parse(text);
          } catch {
            body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
          }
          resolve({ status: res.statusCode, body });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Throws unless the answer is a 200 with data and no errors. */
export function assertOk(name, { status, body }) {
  if (status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`${name} answered ${status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

/** A keep-alive agent for one server, at most `connections` sockets. */
export function serverClient(port, connections) {
  return { port, agent: new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections }) };
}

/** Runs the path for `seconds` on `connections` loops; returns { requests, errors, seconds, latencies (ms) }. */
export async function runLoad(client, path, cookie, { seconds, connections, counter = { i: 0 } }) {
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  const loop = async () => {
    while (process.hrtime.bigint() < deadline) {
      const t = process.hrtime.bigint();
      try {
        const answer = await graphqlRequest(client, path, cookie, counter.i++);
        if (answer.status !== 200 || answer.body.errors?.length) {
          errors++;
          firstError ??= JSON.stringify(answer.body.errors ?? answer.status).slice(0, 300);
        }
      } catch (error) {
        errors++;
        firstError ??= error.message;
      }
      latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return { requests: latencies.length, errors, firstError, seconds: elapsed, latencies };
}

/** The q-quantile (0..1) of samples, in the samples' unit. */
export function quantile(samples, q) {
  if (!samples.length) return NaN;
  const s = Float64Array.from(samples).sort();
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
