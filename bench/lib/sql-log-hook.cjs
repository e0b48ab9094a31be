/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module preloaded with node --require */
// Preloaded into the product by `node bench/baseline.mjs --capture` (node --require): appends every
// statement the product sends through pg, with its parameters, its result rows and which pooled
// connection sent it, to the file in BENCH_SQL_LOG as JSON lines. Capture mode only.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

const file = process.env.BENCH_SQL_LOG;
const pg = createRequire(path.resolve(__dirname, '../../server/package.json'))('pg');
const query = pg.Client.prototype.query;
let clients = 0;
const ids = new WeakMap();

pg.Client.prototype.query = function loggedQuery(config, values, callback) {
  const text = typeof config === 'string' ? config : config && config.text;
  if (!file || !text) return query.call(this, config, values, callback);
  if (!ids.has(this)) ids.set(this, ++clients);
  const entry = { client: ids.get(this), text, values: (Array.isArray(values) ? values : config && config.values) ?? [] };
  const write = (result) => fs.appendFileSync(file, `${JSON.stringify({ ...entry, rows: result && result.rows ? result.rows : [] })}\n`);
  if (typeof values === 'function' || typeof callback === 'function') {
    const cb = typeof values === 'function' ? values : callback;
    const wrapped = (err, result) => {
      write(err ? null : result);
      cb(err, result);
    };
    return typeof values === 'function' ? query.call(this, config, wrapped) : query.call(this, config, values, wrapped);
  }
  const result = query.call(this, config, values);
  if (result && typeof result.then === 'function') result.then(write, () => write(null));
  return result;
};
