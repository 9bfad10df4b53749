// Writing a golden back: every recorder compares what rustc said with the committed file and, when
// asked to, rewrites it. An empty text means "no golden for this program" (the file is removed).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Whether `file` differs from `text`; with `write`, makes it equal. */
export function updateGolden(file, text, write) {
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    // a new golden
  }
  if (old === text) return false;
  if (write) {
    if (text) writeFileSync(file, text);
    else rmSync(file, { force: true });
  }
  return true;
}
