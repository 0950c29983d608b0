#!/usr/bin/env node
// Tiny static file server for the release build in dist/, used by the end-to-end tests.
//
//   node scripts/static-server.mjs [--root dist] [--host 127.0.0.1] [--port 8090]
//   (env: STATIC_ROOT, STATIC_HOST, PORT)
//
// - Correct MIME types, including application/wasm (needed by WebAssembly.instantiateStreaming).
// - Single-page-app fallback: a GET for a path without a file extension that is not a file
//   answers with index.html (so /journal or /goals/123 reach the router); a missing path with an
//   extension answers 404.
// - `Cache-Control: no-cache` on every response (revalidate, ETag + Last-Modified), so a rebuilt
//   dist/ is always picked up; HEAD and conditional GET (304) are supported.
// - `--compress`: answers with brotli (or gzip) when the browser accepts it, as any static host
//   does; the benchmark's Lighthouse run uses it (figures for a first visit assume compression).
//   Every file is compressed before "listening" is printed, as hosts serve precompressed files:
//   brotli at its highest level takes long enough to show up in a page's timings otherwise.
// - Only loopback addresses; refuses paths that escape the root.
// Prints "listening on http://HOST:PORT" once ready.

import { createServer } from 'node:http';
import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const { values: args } = parseArgs({
  options: {
    root: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    compress: { type: 'boolean', default: false },
    h2: { type: 'boolean', default: false },
  },
});

const root = path.resolve(args.root ?? process.env.STATIC_ROOT ?? 'dist');
const host = args.host ?? process.env.STATIC_HOST ?? '127.0.0.1';
const port = Number(args.port ?? process.env.PORT ?? 8090);
const quiet = args.quiet || process.env.STATIC_QUIET === '1';
const compress = args.compress;

// Compressed bodies, made once per file version (path, size, mtime) at the highest level.
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json|xml)|image\/svg)/;
const packed = new Map();
function compressed(file, stat, body, encoding) {
  const key = `${encoding} ${file} ${stat.size} ${stat.mtimeMs}`;
  let out = packed.get(key);
  if (!out) {
    out =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 });
    packed.set(key, out);
  }
  return out;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
if (!LOOPBACK.has(host) && !host.startsWith('127.')) {
  console.error(`refusing to listen on non-loopback address ${host}`);
  process.exit(2);
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
};

function mimeFor(file) {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function fileAt(p) {
  try {
    const s = await stat(p);
    if (s.isFile()) return { path: p, stat: s };
    if (s.isDirectory()) {
      const index = path.join(p, 'index.html');
      const si = await stat(index);
      if (si.isFile()) return { path: index, stat: si };
    }
  } catch {
    // not found
  }
  return null;
}

async function resolve(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (target !== root && !target.startsWith(root + path.sep)) return { status: 403 };

  const found = await fileAt(target);
  if (found) return { status: 200, ...found };

  // SPA fallback: extension-less paths are app routes.
  if (path.posix.extname(decoded) === '') {
    const index = await fileAt(path.join(root, 'index.html'));
    if (index) return { status: 200, ...index };
  }
  return { status: 404 };
}

const handle = async (req, res) => {
  const started = Date.now();
  const done = (status) => {
    if (!quiet) console.log(`${req.method} ${req.url} ${status} ${Date.now() - started}ms`);
  };
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('method not allowed\n');
      return done(405);
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const r = await resolve(url.pathname);
    if (r.status !== 200) {
      const text = { 400: 'bad request', 403: 'forbidden', 404: 'not found' }[r.status];
      res.writeHead(r.status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : `${text}\n`);
      return done(r.status);
    }

    const etag = `W/"${r.stat.size.toString(16)}-${Math.floor(r.stat.mtimeMs).toString(16)}"`;
    const headers = {
      'Content-Type': mimeFor(r.path),
      'Cache-Control': 'no-cache',
      ETag: etag,
      'Last-Modified': r.stat.mtime.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
    };
    // A service worker script may control the whole origin.
    if (path.basename(r.path).startsWith('sw') && r.path.endsWith('.js')) {
      headers['Service-Worker-Allowed'] = '/';
    }
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return done(304);
    }
    let body = await readFile(r.path);
    if (compress && COMPRESSIBLE.test(headers['Content-Type'])) {
      headers.Vary = 'Accept-Encoding';
      const accepted = String(req.headers['accept-encoding'] ?? '');
      const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
      if (encoding) {
        body = compressed(r.path, r.stat, body, encoding);
        headers['Content-Encoding'] = encoding;
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return done(200);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('internal error\n');
    return done(500);
  }
};

const server = args.h2 ? await secureServer(handle) : createServer(handle);

/**
 * `--h2`: HTTPS with HTTP/2 (and HTTP/1.1 for clients without it), as the hosts the README's
 * "Hosting Jejak" asks for serve, with a throwaway self-signed certificate for 127.0.0.1 (made
 * by `openssl`); browsers must be told to accept it (`--ignore-certificate-errors`).
 */
async function secureServer(handler) {
  const { createSecureServer } = await import('node:http2');
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(path.join(tmpdir(), 'jejak-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    return createSecureServer(
      { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')), allowHTTP1: true },
      handler,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

server.on('error', (err) => {
  console.error(`static-server: ${err.message}`);
  process.exit(1);
});

async function precompress(dir) {
  const { readdir } = await import('node:fs/promises');
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await precompress(p);
    else if (entry.isFile() && COMPRESSIBLE.test(mimeFor(p))) {
      const st = await stat(p);
      const body = await readFile(p);
      compressed(p, st, body, 'br');
      compressed(p, st, body, 'gzip');
    }
  }
}
if (compress) await precompress(root);

server.listen(port, host, () => {
  const addr = server.address();
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  console.log(`listening on ${args.h2 ? 'https' : 'http'}://${shown}:${addr.port} (root ${root})`);
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
