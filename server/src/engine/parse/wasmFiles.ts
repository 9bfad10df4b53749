// Where a Node host finds tree-sitter's WebAssembly: next to the bundle (dist/, the .vsix) or,
// when run from source, in node_modules. A browser has no files to read: its build swaps this
// module for wasmFiles.browser.ts and the page hands the bytes to initParser itself.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ParserWasm } from './parser';

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

/**
 * The tree-sitter runtime and the Rust grammar, read from disk. Read synchronously: `fs.promises`
 * loads a dozen of Node's own modules and reads in 512 KB steps, about 2 ms of a 4-line `check`
 * for 1.3 MB that a process reads once.
 */
export async function hostParserWasm(): Promise<ParserWasm> {
  const [runtime, grammar] = ['tree-sitter.wasm', 'tree-sitter-rust.wasm'].map((file) => bytes(fs.readFileSync(locateWasm(file))));
  return { runtime: runtime!, grammar: grammar! };
}

/** The file's bytes as the plain Uint8Array WebAssembly takes, without a copy. */
function bytes(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
