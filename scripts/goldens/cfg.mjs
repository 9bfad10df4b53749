// Records what rustc sets for the one target the product models (`rustc --print cfg` for a debug
// build on x86_64-unknown-linux-gnu with panic=unwind); engine/syntax/cfg.ts must list exactly these.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function recordAll(dir, { write }) {
  const text = execFileSync('rustc', ['--print', 'cfg', '--target', 'x86_64-unknown-linux-gnu', '-C', 'panic=unwind', '-C', 'debug-assertions=on'], { encoding: 'utf8' });
  const file = path.join(dir, 'x86_64-unknown-linux-gnu.txt');
  let old = '';
  try { old = readFileSync(file, 'utf8'); } catch { /* first recording */ }
  if (old === text) return [];
  if (write) writeFileSync(file, text);
  return [path.basename(file)];
}
