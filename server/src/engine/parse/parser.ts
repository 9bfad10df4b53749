// The only door to tree-sitter. Loading the WebAssembly runtime and the Rust grammar is
// asynchronous and happens once per process (`initParser`); every parse after that is
// synchronous, so analysis code can stay synchronous too.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import type { Tree, Edit } from 'web-tree-sitter';

export type { Tree, Node as SyntaxNode, Edit } from 'web-tree-sitter';

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/** Finds a `.wasm` file next to the bundle (dist/, the .vsix) or, when run from source, in node_modules. */
function locateWasm(file: string): string {
  const beside = path.join(__dirname, file);
  if (fs.existsSync(beside)) return beside;
  const candidates = [
    () => require.resolve(`web-tree-sitter/${file}`),
    () => path.join(path.dirname(require.resolve('tree-sitter-rust/package.json')), file),
  ];
  for (const candidate of candidates) {
    try {
      const p = candidate();
      if (fs.existsSync(p)) return p;
    } catch {
      // try the next place
    }
  }
  throw new Error(`cannot find ${file} next to ${__dirname} or in node_modules`);
}

/** Loads tree-sitter and the Rust grammar. Safe to call many times; resolves once loaded. */
export function initParser(): Promise<void> {
  loading ??= (async () => {
    await Parser.init({ locateFile: (name: string) => locateWasm(name) });
    const rust = await Language.load(new Uint8Array(fs.readFileSync(locateWasm('tree-sitter-rust.wasm'))));
    const p = new Parser();
    p.setLanguage(rust);
    parser = p;
  })();
  return loading;
}

function ready(): Parser {
  if (!parser) throw new Error('initParser() must complete before parsing');
  return parser;
}

/** Parses Rust source. With `oldTree` (already `edit`ed), tree-sitter reuses unchanged subtrees. */
export function parseRust(text: string, oldTree?: Tree | null): Tree {
  const tree = ready().parse(text, oldTree ?? null);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/** The tree-sitter edit for replacing `[startIndex, oldEndIndex)` of `oldText` by `newText`. */
export function editFor(oldText: string, startIndex: number, oldEndIndex: number, newText: string): Edit {
  const point = (text: string, index: number) => {
    let row = 0;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
      row++;
      lineStart = i + 1;
    }
    return { row, column: index - lineStart };
  };
  const updated = oldText.slice(0, startIndex) + newText + oldText.slice(oldEndIndex);
  const newEndIndex = startIndex + newText.length;
  return {
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition: point(oldText, startIndex),
    oldEndPosition: point(oldText, oldEndIndex),
    newEndPosition: point(updated, newEndIndex),
  };
}
