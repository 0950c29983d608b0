#!/usr/bin/env node
// Issue 18: the two ways to write an import in slices, measured on IndexedDB alone (no app), in
// headless Chromium with the CPU slowed 4x and a fresh on-disk profile per way:
//
//   whole        one transaction, every put queued in one task (what the app did before)
//   one-tx       one transaction fed slice by slice, each slice queued from the success of the
//                previous slice's last put (what the app does now)
//   tx-per-slice one transaction per slice, each committed before the next starts (the
//                alternative: it needs a marker to resume or roll back a half-written import)
//
// The records are the generated backup's (tests/bench/generate.mjs), stored as the app stores
// them ({id, kind, rev, json}). Prints JSON: per way the median of the runs of the total time
// (first put queued → last commit) and of the longest task meanwhile.
//
//   node tests/bench/idb-slices.mjs [--entries 10000] [--runs 3] [--slice 500]

import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countsFor, generateBackup } from './generate.mjs';

const { values: opts } = parseArgs({
  options: {
    entries: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    slice: { type: 'string', default: '500' },
  },
});
const RUNS = Number(opts.runs);
const SLICE = Number(opts.slice);
const data = generateBackup(countsFor(Number(opts.entries)));
const records = JSON.parse(data.text).records.map((r) => ({ id: r.id, kind: r.kind, rev: r.rev, json: JSON.stringify(r) }));

// A blank same-origin page to run in (IndexedDB needs an origin).
const server = http.createServer((req, res) => {
  if (req.url === '/records.json') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(records));
  } else {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>idb</title>');
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

function median(xs) {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[v.length >> 1] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

async function once(way) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jejak-idb-slices-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(base);
    await page.evaluate(async () => {
      window.__records = await (await fetch('/records.json')).json();
      window.__tasks = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__tasks.push([e.startTime, e.duration]))).observe({
        type: 'longtask',
      });
      window.__db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('jejak', 1);
        open.onupgradeneeded = () => {
          const s = open.result.createObjectStore('records', { keyPath: 'id' });
          s.createIndex('kind', 'kind');
          open.result.createObjectStore('meta');
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const out = await page.evaluate(
      ([way, size]) =>
        new Promise((resolve, reject) => {
          const db = window.__db;
          const recs = window.__records;
          const t0 = performance.now();
          const done = () => {
            const t1 = performance.now();
            const longest = window.__tasks.filter(([s, d]) => s + d >= t0 && s <= t1).reduce((m, [, d]) => Math.max(m, d), 0);
            resolve({ total_ms: t1 - t0, longest_task_ms: longest });
          };
          // The app builds each stored object from Rust strings; here they are copied from JSON text.
          const obj = (r) => ({ id: r.id, kind: r.kind, rev: r.rev, json: r.json });
          if (way === 'whole') {
            const tx = db.transaction(['records', 'meta'], 'readwrite');
            const s = tx.objectStore('records');
            for (const r of recs) s.put(obj(r));
            tx.objectStore('meta').put('x', 'import_done');
            tx.oncomplete = done;
            tx.onerror = () => reject(tx.error);
          } else if (way === 'one-tx') {
            const tx = db.transaction(['records', 'meta'], 'readwrite');
            const s = tx.objectStore('records');
            let at = 0;
            const slice = () => {
              let last = null;
              for (const r of recs.slice(at, at + size)) last = s.put(obj(r));
              at += size;
              if (at < recs.length) last.onsuccess = slice;
              else tx.objectStore('meta').put('x', 'import_done');
            };
            slice();
            tx.oncomplete = done;
            tx.onerror = () => reject(tx.error);
          } else {
            let at = 0;
            const slice = () => {
              const tx = db.transaction(['records', 'meta'], 'readwrite');
              const s = tx.objectStore('records');
              for (const r of recs.slice(at, at + size)) s.put(obj(r));
              at += size;
              // The marker a resumable import would keep up to date.
              tx.objectStore('meta').put(String(at), 'import_progress');
              tx.oncomplete = at < recs.length ? slice : done;
              tx.onerror = () => reject(tx.error);
            };
            slice();
          }
        }),
      [way, SLICE],
    );
    return out;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const result = { records: records.length, slice: SLICE, runs: RUNS, ways: {} };
for (const way of ['whole', 'one-tx', 'tx-per-slice']) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(way));
  result.ways[way] = {
    total_ms: Math.round(median(runs.map((r) => r.total_ms))),
    longest_task_ms: Math.round(median(runs.map((r) => r.longest_task_ms))),
    samples: runs.map((r) => [Math.round(r.total_ms), Math.round(r.longest_task_ms)]),
  };
  process.stderr.write(`${way}: ${JSON.stringify(result.ways[way])}\n`);
}
server.close();
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
