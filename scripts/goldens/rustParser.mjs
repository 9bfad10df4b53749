// The tree-sitter Rust parser the recorders use to find places in a program (closures, `let`s)
// before they write a recording copy of it: loaded once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
let parser;

export async function rustParser() {
  if (parser) return parser;
  await Parser.init({ locateFile: (name) => require.resolve(`web-tree-sitter/${name}`) });
  const rust = await Language.load(readFileSync(path.join(path.dirname(require.resolve('tree-sitter-rust/package.json')), 'tree-sitter-rust.wasm')));
  parser = new Parser();
  parser.setLanguage(rust);
  return parser;
}
