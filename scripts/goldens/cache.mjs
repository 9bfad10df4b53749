// What rustc recorded for an input, kept by content hash: re-checking the goldens (in `npm test`
// and `npm run record-goldens -- --check`) compiles only the programs whose text, file name,
// recorder or rustc changed since the last time. The key holds all of them, so a hit is what a
// fresh recording would say. Kept outside the repository: `$RUSTMEM_CACHE_DIR/goldens`, else
// `$XDG_CACHE_HOME/rustmem/goldens`, else `~/.cache/rustmem/goldens`.
// `RUSTMEM_GOLDEN_CACHE=off` records everything afresh.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let rustcVersion;

function cacheDir() {
  const base = process.env.RUSTMEM_CACHE_DIR || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'rustmem');
  return path.join(base, 'goldens');
}

/**
 * `record()`, or its result from an earlier call with the same `inputs` (strings: the program's
 * text and whatever else the recording depends on) by the same recorder (`recorderUrl`, its
 * `import.meta.url`, whose text is part of the key) and the same rustc.
 */
export function recordCached(recorderUrl, inputs, record) {
  if (process.env.RUSTMEM_GOLDEN_CACHE === 'off') return record();
  const file = entryFile(recorderUrl, inputs);
  const hit = readEntry(file);
  if (hit !== undefined) return hit;
  const result = record();
  writeEntry(file, result);
  return result;
}

/** `recordCached` for a recording that runs asynchronously (several rustc processes at once). */
export async function recordCachedAsync(recorderUrl, inputs, record) {
  if (process.env.RUSTMEM_GOLDEN_CACHE === 'off') return record();
  const file = entryFile(recorderUrl, inputs);
  const hit = readEntry(file);
  if (hit !== undefined) return hit;
  const result = await record();
  writeEntry(file, result);
  return result;
}

/** Maps `items` through the asynchronous `task`, at most `width` at once (rustc processes on 2 cores), in order. */
export async function pool(items, task, width = 2) {
  const out = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return out;
}

function entryFile(recorderUrl, inputs) {
  rustcVersion ??= execFileSync('rustc', ['-vV'], { encoding: 'utf8' });
  const hash = createHash('sha1').update(rustcVersion).update(readFileSync(fileURLToPath(recorderUrl)));
  for (const input of inputs) hash.update(`\0${input.length}\0`).update(input);
  return path.join(cacheDir(), `${hash.digest('hex')}.json`);
}

function readEntry(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // not recorded yet (or unreadable): record it now
  }
}

function writeEntry(file, result) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(result));
    renameSync(temp, file);
  } catch {
    // Without a cache the next check records again.
  }
}
