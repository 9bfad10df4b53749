// The first message a host posts to the language server's Web Worker (dist/browserServer.js):
// the parser's WebAssembly. VS Code for the Web starts an extension's worker from a blob: URL, so
// the worker has no address of its own to fetch the .wasm files beside; its client reads them
// from the extension and hands them over. JSON-RPC starts with the second message.

/** The engine's ParserWasm, declared here too so that a client needs nothing of the server. */
export interface ParserWasmBytes {
  /** tree-sitter.wasm, the runtime of web-tree-sitter. */
  runtime: Uint8Array;
  /** tree-sitter-rust.wasm, the Rust grammar. */
  grammar: Uint8Array;
}

export interface ParserWasmMessage {
  parserWasm: ParserWasmBytes;
}

export function isParserWasmMessage(value: unknown): value is ParserWasmMessage {
  if (typeof value !== 'object' || value === null) return false;
  const wasm = (value as { parserWasm?: unknown }).parserWasm as Partial<ParserWasmBytes> | undefined;
  return typeof wasm === 'object' && wasm !== null && wasm.runtime instanceof Uint8Array && wasm.grammar instanceof Uint8Array;
}
