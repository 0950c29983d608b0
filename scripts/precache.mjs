#!/usr/bin/env node
// Fills in the service worker's precache list and version from the files of a build.
//
// Runs as a Trunk post_build hook (Trunk.toml), after Trunk has written every file of the build
// into its staging directory (env TRUNK_STAGING_DIR) and before that directory replaces dist/:
//
//   node scripts/precache.mjs                 # in the hook: uses $TRUNK_STAGING_DIR
//   node scripts/precache.mjs --dir dist      # by hand, on a finished build
//
// It lists every file under the directory, sorted (index.html, the hashed wasm/js/css, boot.js,
// icons, the manifest), except sw.js itself, the manifest's screenshots (only shown by the
// browser's install dialog, never by the app) and the icons' SVG sources. It then replaces the two marked lines of sw.js:
//
//   const VERSION = "…";   a SHA-256 over the template and every listed file's path and bytes
//   const PRECACHE = […];  the listed paths, relative to the service worker's scope
//
// so the version changes exactly when something the app loads changes. Exits non-zero (failing
// the build) when sw.js or a marker is missing, or when index.html or a .wasm is not in the list.

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { dir: { type: 'string' } } });
const dir = args.dir ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('precache: no build directory (set TRUNK_STAGING_DIR or pass --dir DIR)');
  process.exit(2);
}

const SW = 'sw.js';
/**
 * Not precached: the worker itself, files only the browser's install dialog shows, the SVG
 * sources of the PNG icons, source maps.
 */
const skip = (rel) =>
  rel === SW ||
  rel.startsWith('screenshots/') ||
  (rel.startsWith('icons/') && rel.endsWith('.svg')) ||
  rel.endsWith('.map');

async function walk(root, sub = '') {
  const out = [];
  for (const ent of await readdir(path.join(root, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${ent.name}` : ent.name;
    if (ent.isDirectory()) out.push(...(await walk(root, rel)));
    else if (ent.isFile()) out.push(rel);
  }
  return out;
}

const swPath = path.join(dir, SW);
let template;
try {
  template = await readFile(swPath, 'utf8');
} catch {
  console.error(`precache: ${swPath} not found (is public/sw.js copied by index.html?)`);
  process.exit(1);
}

const files = (await walk(dir)).filter((f) => !skip(f)).sort();
if (!files.includes('index.html') || !files.some((f) => f.endsWith('.wasm'))) {
  console.error(`precache: index.html or the .wasm is missing from ${dir}: ${files.join(', ')}`);
  process.exit(1);
}

const VERSION_LINE = /^const VERSION = .*;.*$/m;
const PRECACHE_LINE = /^const PRECACHE = \[.*\];.*$/m;
if (!VERSION_LINE.test(template) || !PRECACHE_LINE.test(template)) {
  console.error(`precache: ${swPath} has no "const VERSION = …;" / "const PRECACHE = […];" line`);
  process.exit(1);
}

// Hash the template with its two lines blanked, so running the script again on a finished build
// gives the same version.
const hash = createHash('sha256');
hash.update(template.replace(VERSION_LINE, '').replace(PRECACHE_LINE, ''));
let bytes = 0;
for (const f of files) {
  const body = await readFile(path.join(dir, f));
  bytes += body.length;
  hash.update(`\0${f}\0${body.length}\0`);
  hash.update(body);
}
const version = hash.digest('hex').slice(0, 16);

const filled = template
  .replace(VERSION_LINE, `const VERSION = ${JSON.stringify(version)};`)
  .replace(PRECACHE_LINE, `const PRECACHE = ${JSON.stringify(files)};`);
await writeFile(swPath, filled);

console.log(
  `precache: ${files.length} files (${(bytes / 1024).toFixed(0)} KiB), version ${version}, written to ${swPath}`,
);
