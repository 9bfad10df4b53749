// The Rust programs the repository holds: every .rs under test/golden/ and examples/, and each
// Rust block of the example Markdown chapter. Front-end tests run over all of them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rustSnippets } from '../../server/src/engine/markdown';

const root = path.resolve(__dirname, '..', '..');

function rsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...rsFiles(p));
    else if (e.name.endsWith('.rs')) out.push(p);
  }
  return out;
}

export interface CorpusProgram {
  /** Path relative to the repository, `#N` for the Nth block of a Markdown file. */
  name: string;
  text: string;
}

export function rustCorpus(): CorpusProgram[] {
  const programs: CorpusProgram[] = [];
  for (const dir of ['test/golden', 'examples']) {
    for (const file of rsFiles(path.join(root, dir)).sort()) {
      programs.push({ name: path.relative(root, file), text: fs.readFileSync(file, 'utf8') });
    }
  }
  const chapter = 'examples/chapter.md';
  for (const s of rustSnippets(fs.readFileSync(path.join(root, chapter), 'utf8'))) {
    // `compile_fail` and `ignore` blocks are not programs rustc accepts (nor ones the product analyses).
    if (!s.skipped) programs.push({ name: `${chapter}#${s.index}`, text: s.text });
  }
  return programs;
}
