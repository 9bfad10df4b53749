// The only door to tree-sitter. Loading the WebAssembly runtime and the Rust grammar is
// asynchronous and happens once per process (`initParser`); every parse after that is
// synchronous, so analysis code can stay synchronous too. The bytes come from the host: Node
// reads them from disk (wasmFiles.ts), a browser passes what it fetched or embedded.
import { Language, Parser } from 'web-tree-sitter';
import type { Tree, Edit } from 'web-tree-sitter';
import { hostParserWasm } from './wasmFiles';

export type { Tree, Node as SyntaxNode, Edit } from 'web-tree-sitter';

/** The two WebAssembly modules the parser needs. */
export interface ParserWasm {
  /** tree-sitter.wasm, the runtime of web-tree-sitter. */
  runtime: Uint8Array;
  /** tree-sitter-rust.wasm, the Rust grammar. */
  grammar: Uint8Array;
}

let parser: Parser | undefined;
let loading: Promise<void> | undefined;
let binding: WasmBinding | undefined;

/**
 * Loads tree-sitter and the Rust grammar, from `wasm` or else from the host's files. Safe to call
 * many times; the first call loads and every call resolves once loaded.
 */
export function initParser(wasm?: ParserWasm | Promise<ParserWasm>): Promise<void> {
  loading ??= (async () => {
    const bytes = await (wasm ?? hostParserWasm());
    // The runtime is given as bytes, so the name it would be fetched by is never used.
    // Emscripten builds its module on the options object it is given: keeping it gives
    // `treeMemory.ts` the module's memory, where it reads the trees without a call per node.
    const options = { wasmBinary: bytes.runtime, locateFile: (name: string) => name };
    await Parser.init(options);
    // Another loader in the same process may have initialised web-tree-sitter first (its module
    // is built once): then the options were not used, and flatTree.ts walks the public cursor.
    if (typeof (options as Partial<WasmBinding>)._ts_init === 'function') binding = options as unknown as WasmBinding;
    const rust = await Language.load(bytes.grammar);
    const p = new Parser();
    p.setLanguage(rust);
    parser = p;
  })();
  return loading;
}

/** What `treeMemory.ts` reads of the WebAssembly module (web-tree-sitter's emscripten module): its memory. */
export interface WasmBinding {
  HEAPU8: Uint8Array;
  HEAPU16: Uint16Array;
  HEAPU32: Uint32Array;
  _ts_init(): number;
}

/** The module's exports, when this loader's options became the module (see `initParser`). */
export function wasmBinding(): WasmBinding | undefined {
  return binding;
}

/** Bytes of the parser's WebAssembly memory (0 when unknown): it grows with the largest trees parsed and never shrinks. */
export function parserMemoryBytes(): number {
  return binding?.HEAPU32.buffer.byteLength ?? 0;
}

function ready(): Parser {
  if (!parser) throw new Error('initParser() must complete before parsing');
  return parser;
}

/**
 * A parse stopped because it would take the parser's WebAssembly memory past its budget. A long
 * run of small tokens is what costs (a 1 MB line of `vec![1,1,…]` takes about 440 MiB while it is
 * parsed; 1 MB of ordinary code fits in the initial 32 MiB), and that memory is never returned.
 */
export class TreeTooLarge extends Error {
  constructor(readonly budgetBytes: number) {
    super(`its syntax tree needs more than the parser's ${Math.round(budgetBytes / 2 ** 20)} MiB of memory`);
    this.name = 'TreeTooLarge';
  }
}

/**
 * Parses Rust source. With `oldTree` (already `edit`ed), tree-sitter reuses unchanged subtrees.
 * With `budgetBytes`, the parse stops with TreeTooLarge once the parser's memory outgrows both the
 * budget and what it held before (a process whose memory an earlier parse already grew can still
 * parse what fits in it); the budget is only enforced where the module's memory is visible
 * (`wasmBinding`).
 */
export function parseRust(text: string, oldTree?: Tree | null, budgetBytes?: number): Tree {
  const p = ready();
  const limit = budgetBytes === undefined ? undefined : Math.max(budgetBytes, parserMemoryBytes());
  const over = limit === undefined ? undefined : () => parserMemoryBytes() > limit;
  const tree = p.parse(text, oldTree ?? null, over ? { progressCallback: over } : undefined);
  if (!tree) {
    if (over?.()) {
      // A cancelled parse keeps its state to be resumed: the next parse must start afresh.
      p.reset();
      throw new TreeTooLarge(budgetBytes!);
    }
    throw new Error('tree-sitter returned no tree');
  }
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
