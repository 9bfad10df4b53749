// Runs rustc-backed recordings two at a time and caches each result by the hash of what it
// depends on (the recorder's own source, the program's source, rustc's version), so re-checking an
// unchanged corpus costs no compilation. The cache lives in the OS temp folder, never in the tree.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CACHE = path.join(os.tmpdir(), 'rustmem-golden-cache');
let version;

export function rustcVersion() {
  version ??= execFileSync('rustc', ['--version'], { encoding: 'utf8' }).trim();
  return version;
}

/**
 * `record(program)` → JSON-able result, memoised on disk by the recorder module (`recorderUrl`,
 * its `import.meta.url`: editing the recorder invalidates its results), the program and rustc.
 */
export async function cached(recorderUrl, program, record) {
  const recorder = new URL(recorderUrl).pathname;
  const kind = path.basename(recorder, '.mjs');
  const key = createHash('sha256')
    .update(`${rustcVersion()}\0`)
    .update(readFileSync(recorder))
    .update('\0')
    .update(readFileSync(program))
    .digest('hex');
  const file = path.join(CACHE, `${kind}-${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    const result = await record(program);
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(file, JSON.stringify(result));
    return result;
  }
}

/** Maps `items` through `task` with at most `width` running at once, keeping the order. */
export async function pool(items, task, width = 2) {
  const out = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i], i);
    }
  });
  await Promise.all(lanes);
  return out;
}
