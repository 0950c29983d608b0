// A CouchDB-protocol server for the sync tests, the benchmark and the fixture recorder:
// pouchdb-server (npm devDependency, in memory) on 127.0.0.1, with an admin so Basic auth is
// enforced (a wrong password gets 401), and a small proxy in front of it that can play a server
// that is down or one without CORS headers.
//
// pouchdb-server 4.2.0 crashes on `PUT /db` once an admin exists (its security wrapper's
// PouchDB.new has no info()), so databases are created before the admin is set.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'node_modules', '.bin', 'pouchdb-server');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts pouchdb-server in memory on 127.0.0.1:`port`, creates `dbs`, then sets the admin.
 * Returns { url, user, password, allDocs(db), request(method, path, body), stop() }.
 */
export async function startCouch({ port, dbs = [], user = 'budi', password = 'rahasia-server' }) {
  // It writes config.json and log.txt into its working folder: a temporary one.
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'jejak-couch-'));
  const child = spawn(BIN, ['--in-memory', '--host', '127.0.0.1', '--port', String(port)], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = new Promise((resolve, reject) => {
    const on = (d) => {
      output += d;
      if (output.includes('has started')) resolve();
    };
    child.stdout.on('data', on);
    child.stderr.on('data', on);
    child.on('exit', (code) => reject(new Error(`pouchdb-server exited (${code}): ${output}`)));
  });
  const timeout = sleep(20_000).then(() => {
    throw new Error(`pouchdb-server did not start: ${output}`);
  });
  try {
    await Promise.race([started, timeout]);
  } catch (e) {
    child.kill('SIGKILL');
    rmSync(cwd, { recursive: true, force: true });
    throw e;
  }
  const url = `http://127.0.0.1:${port}`;
  const auth = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
  const request = async (method, p, body, headers = { Authorization: auth }) => {
    const r = await fetch(`${url}/${p}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : null };
  };
  const stop = async () => {
    if (child.exitCode == null) {
      child.kill('SIGTERM');
      await Promise.race([new Promise((res) => child.once('exit', res)), sleep(3000)]);
      if (child.exitCode == null) child.kill('SIGKILL');
    }
    rmSync(cwd, { recursive: true, force: true });
  };
  try {
    // No admin yet: anyone may create databases (and must send no login, which would be unknown).
    for (const db of dbs) {
      const r = await request('PUT', db, undefined, {});
      if (r.status !== 201) throw new Error(`creating ${db}: ${r.status} ${JSON.stringify(r.body)}`);
    }
    const r = await request('PUT', `_config/admins/${user}`, password, {});
    if (r.status !== 200) throw new Error(`setting the admin: ${r.status}`);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    url,
    user,
    password,
    request,
    /** Every document of `db`, with bodies. */
    async allDocs(db) {
      const r = await request('GET', `${db}/_all_docs?include_docs=true`);
      return r.body.rows.map((row) => row.doc);
    },
    stop,
  };
}

/**
 * A proxy on 127.0.0.1:`port` in front of `target`. Modes: 'pass' (as the server is), 'no-cors'
 * (answers, but without any CORS header: what a CouchDB without [cors] settings does to a
 * browser), 'down' (every connection dropped: a server that is off). Counts the requests it
 * passes on (`requests`, by method and path) for the "requests per edit" figures.
 */
export async function startProxy({ port, target }) {
  let mode = 'pass';
  const log = [];
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    if (mode === 'down') {
      req.socket.destroy();
      return;
    }
    if (req.method !== 'OPTIONS') log.push({ method: req.method, url: req.url, at: Date.now() });
    if (mode === 'no-cors' && req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    const upstream = http.request(
      `${target}${req.url}`,
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (up) => {
        const headers = { ...up.headers };
        if (mode === 'no-cors') {
          for (const h of Object.keys(headers)) if (h.startsWith('access-control-')) delete headers[h];
        }
        res.writeHead(up.statusCode, headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    requests: log,
    setMode(m) {
      mode = m;
      // Long-polls in flight end as a dropped server's would.
      if (m === 'down') for (const s of sockets) s.destroy();
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
