#!/usr/bin/env node
// The build's split step: cuts the lazily loaded screens out of the app's WebAssembly and gives
// every file a content-hashed name.
//
// Runs as the first Trunk post_build hook (Trunk.toml). Trunk 0.21 has no stage between cargo and
// wasm-bindgen, and a module with split points cannot start until it is split, so this hook
// redoes the wasm steps from cargo's own output over Trunk's staged files, in the order
// cargo-leptos uses:
//
//   1. wasm-split-cli on target/wasm32-unknown-unknown/<profile>/jejak.wasm (linked with
//      --emit-relocs by build.rs): the main module, one chunk per screen group (src/lazy.rs),
//      chunks of code shared by several groups, and the loader __wasm_split.js;
//   2. wasm-bindgen (--target web --keep-lld-exports --no-demangle) on the main module only:
//      the chunks are instantiated by the loader with the main module's memory and table;
//   3. in release builds, binaryen's optimiser (-Oz) over every module, in this one process
//      (the npm wasm-opt takes about two seconds to start per call);
//   4. the common pack: chunks that many screen groups share, or tiny ones, in one file;
//   5. the screens' stylesheet: the stylesheets index.html marks data-screens, joined into one
//      file that the loader adds with the first screen opened (Today needs none of them);
//   6. content-hashed names for every chunk, the pack, the stylesheet, the loader, the main
//      module, its JS glue and boot.js, so an update fetches only what changed and two deploys
//      never mix in a cache;
//   7. the staged index.html is pointed at them (preload links with fresh SRI hashes) and
//      Trunk's own unsplit jejak-*.js / jejak-*_bg.wasm are removed.
//
// The glue and the loader would import each other by name: no content hash can close that cycle,
// and a screen's change would rename the glue through the loader. So neither names the other:
// boot.js imports the loader, then the glue, and hands each to the other through
// `globalThis.jejak` (see public/boot.js). A change to one screen renames that screen's chunks,
// the loader that lists them and index.html, and nothing else.
//
//   node scripts/split.mjs                  # in the hook: $TRUNK_STAGING_DIR, $TRUNK_PROFILE
//   node scripts/split.mjs --dir D --profile release   # by hand, on a staged build
//
// Writes split-report.json beside the work files (target/jejak-split/<profile>/): every output
// file with its size and, for chunks, the screen groups that need it, and what went into the
// pack (the benchmark reads it).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { dir: { type: 'string' }, profile: { type: 'string' } },
});
const staging = args.dir ?? process.env.TRUNK_STAGING_DIR;
const profile = args.profile ?? process.env.TRUNK_PROFILE ?? 'release';
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
const NAME = 'jejak';

function fail(msg) {
  console.error(`split: ${msg}`);
  process.exit(1);
}
if (!staging) fail('no build directory (set TRUNK_STAGING_DIR or pass --dir DIR)');

const run = (cmd, argv) => execFileSync(cmd, argv, { stdio: ['ignore', 'inherit', 'inherit'], cwd: ROOT });
const sha = (algo, bytes, enc) => createHash(algo).update(bytes).digest(enc);
// A release build's scripts and stylesheets are minified (esbuild, from npm) before they are
// named by their content: comments and spaces were a tenth of the first visit's bytes. Only
// spaces, comments and local names change; debug builds keep them readable. `kind`: 'module'
// (an ES module), 'script' (a classic script, which keeps its own scope) or 'css'.
const { transformSync } = await import('esbuild');
const minify = (code, kind) =>
  profile === 'release'
    ? transformSync(String(code), {
        loader: kind === 'css' ? 'css' : 'js',
        format: kind === 'module' ? 'esm' : undefined,
        minify: true,
        charset: 'utf8',
      }).code
    : String(code);
/** The 16 hex digits of a file's SHA-256 that go into its name. */
const contentHash = (bytes) => sha('sha256', bytes, 'hex').slice(0, 16);
const integrity = (bytes) => `sha384-${sha('sha384', bytes, 'base64')}`;
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const targetDir =
  process.env.CARGO_TARGET_DIR ??
  JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { cwd: ROOT }))
    .target_directory;
const raw = path.join(targetDir, 'wasm32-unknown-unknown', profile, `${NAME}.wasm`);
if (!existsSync(raw)) fail(`${raw} not found (did cargo build the wasm32 binary?)`);

const work = path.join(targetDir, 'jejak-split', profile);
rmSync(work, { recursive: true, force: true });
const splitDir = path.join(work, 'split');
const bindDir = path.join(work, 'bind');
mkdirSync(splitDir, { recursive: true });
const started = Date.now();

// 1. Split.
run('wasm-split-cli', [raw, splitDir, '--out-name', NAME]);
const loaderPath = path.join(splitDir, '__wasm_split.js');
if (!existsSync(loaderPath)) fail('wasm-split-cli wrote no __wasm_split.js');
const chunkFiles = readdirSync(splitDir).filter((f) => f.endsWith('.wasm') && f !== `${NAME}.wasm`);

// 2. Bind the main module.
run('wasm-bindgen', [
  '--target=web',
  '--keep-lld-exports',
  '--no-demangle',
  '--no-typescript',
  `--out-dir=${bindDir}`,
  `--out-name=${NAME}`,
  path.join(splitDir, `${NAME}.wasm`),
]);

// 3. Optimise (release only: a debug build stays quick to make and easy to read).
const modules = new Map(); // output stem -> bytes
modules.set(`${NAME}_bg`, readFileSync(path.join(bindDir, `${NAME}_bg.wasm`)));
for (const f of chunkFiles) modules.set(path.basename(f, '.wasm'), readFileSync(path.join(splitDir, f)));
if (profile === 'release') {
  const { default: binaryen } = await import(path.join(ROOT, 'node_modules/binaryen/index.js'));
  const F = binaryen.Features;
  // The features rustc 1.95 enables for wasm32-unknown-unknown (and the old wasm-opt flags).
  // wasm-opt's --enable-bulk-memory and --enable-reference-types imply the last two.
  const features =
    F.MVP | F.BulkMemory | F.NontrappingFPToInt | F.SignExt | F.MutableGlobals | F.ReferenceTypes | F.Multivalue |
    F.BulkMemoryOpt | F.CallIndirectOverlong;
  binaryen.setOptimizeLevel(2);
  binaryen.setShrinkLevel(2); // -Oz
  // JEJAK_KEEP_NAMES=1 keeps the function names, for a profile that can be read (the build check
  // then skips the size budget: names are a third of the bytes).
  binaryen.setDebugInfo(process.env.JEJAK_KEEP_NAMES === '1');
  for (const [stem, bytes] of modules) {
    const mod = binaryen.readBinary(bytes);
    mod.setFeatures(features);
    mod.optimize();
    if (!mod.validate()) fail(`binaryen produced an invalid module for ${stem}`);
    modules.set(stem, Buffer.from(mod.emitBinary()));
    mod.dispose();
  }
}

// 4. Which screen groups need each chunk: the loader says so in a comment above each shared
// chunk, and each group's own module is `split_<group>`.
let loader = readFileSync(loaderPath, 'utf8');
const groupsOf = new Map(); // chunk stem -> screen groups
for (const m of loader.matchAll(/\/\* ([^*]*) \*\/\nconst __chunk_\d+ = makeLoad\(\(\) => \{\n\s*const src = fetch\(new URL\("\.\/([^"]+)\.wasm"/g)) {
  groupsOf.set(m[2], m[1].split(', ').map((g) => g.trim()));
}
for (const m of loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\n\s*const src = fetch\(new URL\("\.\/([^"]+)\.wasm"/g)) {
  groupsOf.set(m[2], [m[1]]);
}

// 5. The common pack. wasm-split makes one chunk for every combination of screen groups that
// shares code: about a hundred files, most of them a few hundred bytes, and a screen's first
// open fetched up to sixty. Chunks that many groups use, or that are tiny, travel together in
// one file instead: a wasm module holding each of them as a custom section, which the loader
// compiles once and instantiates the chunks from.
const PACK_GROUPS = 4; // a chunk used by this many screen groups or more…
const PACK_SMALL = 2_000; // …or smaller than this, gzipped, goes into the pack
const packed = chunkFiles
  .map((f) => path.basename(f, '.wasm'))
  .filter((stem) => !stem.startsWith('split_'))
  .filter((stem) => {
    const groups = groupsOf.get(stem);
    if (!groups) fail(`the loader gives no screen groups for chunk ${stem}`);
    return groups.length >= PACK_GROUPS || gzipSync(modules.get(stem), { level: 9 }).length < PACK_SMALL;
  })
  .sort();
const uleb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};
const customSection = (name, payload) => {
  const body = Buffer.concat([uleb(Buffer.byteLength(name)), Buffer.from(name), payload]);
  return Buffer.concat([Buffer.from([0]), uleb(body.length), body]);
};
const pack = Buffer.concat([
  Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]),
  ...packed.map((stem) => customSection(stem, modules.get(stem))),
]);
const packName = `common-${contentHash(pack)}.wasm`;

// 6. The screens' stylesheet: every stylesheet index.html marks data-screens (each screen's own
// rules; Today's and the frame's stay in index.html), joined in their order into one file that
// the loader adds to the page, and waits for, with the first screen opened.
const htmlPath = path.join(staging, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
const screenSheets = [...html.matchAll(/<link\b[^>]*\bdata-screens\b[^>]*>\n?/g)].map((m) => {
  const file = m[0].match(/href="([^"]+)"/)?.[1]?.slice(publicUrl.length);
  if (!file || !/\.css$/.test(file)) fail(`a data-screens link names no stylesheet: ${m[0]}`);
  return { tag: m[0], file };
});
if (!screenSheets.length) fail('index.html marks no stylesheet data-screens');
const screensCss = Buffer.from(
  minify(screenSheets.map(({ file }) => readFileSync(path.join(staging, file), 'utf8').trimEnd() + '\n').join('\n'), 'css'),
);
const screensCssName = `screens-${contentHash(screensCss)}.css`;

// 7. Content-hashed names, leaves first: chunks and the pack, then the loader that names them,
// the main module, and the glue that names the main module.
const out = new Map(); // final file name -> bytes
const report = { profile, files: [], packed: {} };
const renamed = new Map(); // chunk stem -> hashed file name
for (const f of chunkFiles) {
  const stem = path.basename(f, '.wasm');
  if (packed.includes(stem)) continue;
  const bytes = modules.get(stem);
  const name = `${stem}-${contentHash(bytes)}.wasm`;
  renamed.set(stem, name);
  out.set(name, bytes);
}
if (packed.length) out.set(packName, pack);
out.set(screensCssName, screensCss);

const glueImport = new RegExp(`^import \\{ initSync \\} from "\\./${escapeRe(NAME)}\\.js";$`, 'm');
if (!glueImport.test(loader)) fail('the loader does not import initSync from the glue as expected');
loader = loader.replace(
  glueImport,
  '// The glue comes through boot.js (scripts/split.mjs says why).\n' +
    'const initSync = (...args) => globalThis.jejak.glue.initSync(...args);',
);
// Comments (each chunk's screen groups) stay in the report, not in the file.
loader = loader.replace(/^\/\* [^*]* \*\/\n/gm, '');
const fetcher = (stem) =>
  new RegExp(
    `makeLoad\\(\\(\\) => \\{\\n\\s*const src = fetch\\(new URL\\("\\./${escapeRe(stem)}\\.wasm", import\\.meta\\.url\\)\\);\\n` +
      // A debug build wraps the instantiation in debugWrap (a clearer error for a mixed build).
      `\\s*src\\.catch\\(\\(\\) => \\{\\}\\);\\n\\s*return async \\(imports\\) => (?:debugWrap)?\\(WebAssembly\\.instantiateStreaming\\(src, imports\\)\\);\\n\\}\\n`,
  );
for (const stem of packed) {
  const re = fetcher(stem);
  if (!re.test(loader)) fail(`the loader does not fetch chunk ${stem}.wasm as expected`);
  loader = loader.replace(re, `makeLoad(() => packed(${JSON.stringify(stem)})\n`);
  report.packed[stem] = { bytes: modules.get(stem).length, groups: groupsOf.get(stem) };
}
if (packed.length) {
  const runtime = /^function makeLoad\(/m;
  if (!runtime.test(loader)) fail('the loader has no makeLoad');
  loader = loader.replace(
    runtime,
    `// Chunks that travel in the common pack (scripts/split.mjs): one fetch and one compile for
// all of them; a failed fetch is forgotten, so the next screen that needs one tries again.
let common;
function packed(name) {
    if (common === undefined) {
        const load = fetch(new URL(${JSON.stringify(`./${packName}`)}, import.meta.url)).then((response) => {
            if (!response.ok) throw new Error(\`\${response.url}: HTTP \${response.status}\`);
            return WebAssembly.compileStreaming(response);
        });
        load.catch(() => {
            if (common === load) common = undefined;
        });
        common = load;
    }
    const pack = common;
    return async (imports) => WebAssembly.instantiate(WebAssembly.Module.customSections(await pack, name)[0], imports);
}
function makeLoad(`,
  );
}
// Every screen group waits for the screens' stylesheet as it waits for its chunks.
const groupLoad = /(export const __wasm_split_load_\w+ = wrapAsyncCb\(makeLoad\([\s\S]*?, \[)([^\]]*)(\]\)\);)/g;
if (!groupLoad.test(loader)) fail('the loader has no screen group loaders');
loader = loader.replace(groupLoad, (_, head, deps, tail) => `${head}${deps ? `${deps}, ` : ''}screenStyles${tail}`);
loader = loader.replace(
  /^function makeLoad\(/m,
  `// The screens' stylesheet (scripts/split.mjs), added once; a failed load is forgotten like a
// chunk's, so trying the screen again tries the stylesheet again.
let styles;
function screenStyles() {
    if (styles === undefined) {
        const load = new Promise((resolve, reject) => {
            const link = document.createElement("link");
            link.rel = "stylesheet";
            link.crossOrigin = "anonymous";
            link.integrity = ${JSON.stringify(integrity(screensCss))};
            link.href = new URL(${JSON.stringify(`./${screensCssName}`)}, import.meta.url).href;
            link.onload = () => resolve();
            link.onerror = () => {
                link.remove();
                reject(new Error(\`\${link.href} did not load\`));
            };
            document.head.append(link);
        });
        load.catch(() => {
            if (styles === load) styles = undefined;
        });
        styles = load;
    }
    return styles;
}
function makeLoad(`,
);
for (const [stem, name] of renamed) {
  const ref = new RegExp(`"\\./${escapeRe(stem)}\\.wasm"`, 'g');
  if (!ref.test(loader)) fail(`the loader never names chunk ${stem}.wasm`);
  loader = loader.replace(ref, JSON.stringify(`./${name}`));
}
loader = minify(loader, 'module');
const loaderName = `split-${contentHash(loader)}.js`;
out.set(loaderName, Buffer.from(loader));

const mainBytes = modules.get(`${NAME}_bg`);
const mainName = `${NAME}-${contentHash(mainBytes)}_bg.wasm`;
out.set(mainName, mainBytes);

let glue = readFileSync(path.join(bindDir, `${NAME}.js`), 'utf8');
// The glue imports the loader (once per split group, all the same module); it takes it from boot.js
// instead. The import object's key stays the name the main module imports from.
const loaderImport = /^import \* as (import\d+) from "\.\/__wasm_split\.js";?$/gm;
if (!loaderImport.test(glue)) fail('the glue does not import the loader as expected');
glue =
  '// The split loader comes through boot.js (scripts/split.mjs says why).\n' +
  glue.replace(loaderImport, 'const $1 = globalThis.jejak.split;');
glue = glue.replace(new RegExp(`(['"])${escapeRe(NAME)}_bg\\.wasm\\1`, 'g'), `$1${mainName}$1`);
if (existsSync(path.join(bindDir, 'snippets'))) {
  fail('wasm-bindgen wrote snippets/, which this step does not carry over yet');
}
glue = minify(glue, 'module');
const glueName = `${NAME}-${contentHash(glue)}.js`;
out.set(glueName, Buffer.from(glue));

const bootSource = Buffer.from(minify(readFileSync(path.join(staging, 'boot.js'), 'utf8'), 'module'));
const bootName = `boot-${contentHash(bootSource)}.js`;
out.set(bootName, bootSource);

// 8. Into the staged build.
for (const { tag, file } of screenSheets) {
  html = html.replace(tag, '');
  rmSync(path.join(staging, file));
}
const oldJs = html.match(/data-js="[^"]*?\/?(jejak-[0-9a-f]+\.js)"/)?.[1];
const oldWasm = html.match(/data-wasm="[^"]*?\/?(jejak-[0-9a-f]+_bg\.wasm)"/)?.[1];
if (!oldJs || !oldWasm) fail("index.html has no boot script naming Trunk's jejak js and wasm");
for (const f of [oldJs, oldWasm, 'boot.js']) rmSync(path.join(staging, f), { force: true });
for (const [name, bytes] of out) writeFileSync(path.join(staging, name), bytes);

const swap = (oldName, newName) => {
  const re = new RegExp(`${escapeRe(publicUrl)}${escapeRe(oldName)}"`, 'g');
  if (!re.test(html)) fail(`index.html never names ${oldName}`);
  html = html.replace(re, `${publicUrl}${newName}"`);
};
swap(oldJs, glueName);
swap(oldWasm, mainName);
swap('boot.js', bootName);
// What the first paint needs goes into index.html itself: the stylesheets Trunk staged (Today's
// and the frame's rules) and first-paint.js. On a slow network every file the first paint waits
// for costs a round trip, and the first-visit Today (scripts/first-visit-shell.mjs) can then be
// drawn as soon as the page itself has arrived, while the app's code is still downloading. The
// Content-Security-Policy keeps refusing inline code: it allows these two by their SHA-256 hashes.
const inline = { css: [], js: [] };
for (const m of [...html.matchAll(/<(?:link|script)\b[^>]*(?:href|src)="([^"]+\.(css|js))"[^>]*>(?:<\/script>)?\n?\s*/g)]) {
  const file = m[1].slice(publicUrl.length);
  if (out.has(file) || !m[1].startsWith(publicUrl) || !existsSync(path.join(staging, file))) continue;
  const source = readFileSync(path.join(staging, file), 'utf8');
  // first-paint.js is a classic script, not a module.
  const code = minify(source, m[2] === 'js' ? 'script' : 'css');
  if (/<\/(style|script)/i.test(code)) fail(`${file} cannot be inlined: it contains a closing tag`);
  inline[m[2]].push(code.trim());
  rmSync(path.join(staging, file));
  html = html.replace(m[0], inline[m[2]].length === 1 ? `<!--inline-${m[2]}-->` : '');
}
if (inline.css.length !== 4 || inline.js.length !== 1) {
  fail(`expected Today's 4 stylesheets and first-paint.js to inline, found ${inline.css.length} and ${inline.js.length}`);
}
const inlineCss = inline.css.join('\n');
const inlineJs = inline.js[0];
// (Replacer functions: a `$` in the code must stay a `$`.)
html = html.replace('<!--inline-css-->', () => `<style>${inlineCss}</style>\n    `);
html = html.replace('<!--inline-js-->', () => `<script>${inlineJs}</script>\n    `);
const cspHash = (text) => `'sha256-${sha('sha256', Buffer.from(text), 'base64')}'`;
const csp = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*?script-src 'self')([^"]*?style-src 'self')/;
if (!csp.test(html)) fail('index.html has no Content-Security-Policy with script-src and style-src to extend');
html = html.replace(csp, (_, a, b) => `${a} ${cspHash(inlineJs)}${b} ${cspHash(inlineCss)}`);
// The source's comments are for its readers, not for every visit.
if (profile === 'release') html = html.replace(/<!--[\s\S]*?-->\s*/g, '');
// Fresh SRI hashes on every preload link, stylesheet and script that names one of our files.
html = html.replace(/<(?:link|script)\b[^>]*>/g, (tag) => {
  const href = tag.match(/(?:href|src)="([^"]*)"/)?.[1];
  const file = href?.startsWith(publicUrl) ? href.slice(publicUrl.length) : undefined;
  if (!file || !out.has(file) || !/integrity="/.test(tag)) return tag;
  return tag.replace(/integrity="[^"]*"/, `integrity="${integrity(out.get(file))}"`);
});
// boot.js imports the loader first: preload it beside the glue, and tell boot.js its name.
const gluePreload = html.match(new RegExp(`<link\\b[^>]*rel="modulepreload"[^>]*${escapeRe(glueName)}[^>]*>`))?.[0];
if (!gluePreload) fail('index.html has no modulepreload link for the glue');
html = html.replace(
  gluePreload,
  `<link rel="modulepreload" href="${publicUrl}${loaderName}" crossorigin="anonymous" integrity="${integrity(out.get(loaderName))}">\n${gluePreload}`,
);
if (!/data-jejak-boot /.test(html)) fail('index.html has no boot script');
html = html.replace('data-jejak-boot ', `data-jejak-boot data-split="${publicUrl}${loaderName}" `);
writeFileSync(htmlPath, html);

// The report: every file with its size and, for chunks, the screen groups that need it.
const groupsOfFile = new Map([...renamed].map(([stem, name]) => [name, groupsOf.get(stem)]));
for (const [name, bytes] of out) {
  report.files.push({ name, bytes: bytes.length, groups: groupsOfFile.get(name) ?? null });
}
report.main = { glue: glueName, wasm: mainName, loader: loaderName, boot: bootName, pack: packed.length ? packName : null };
writeFileSync(path.join(work, 'split-report.json'), JSON.stringify(report, null, 2));

console.log(
  `split: ${chunkFiles.length} chunks (${packed.length} in ${packName}), main ${(mainBytes.length / 1024).toFixed(0)} KiB, ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s (${profile})`,
);
