// The browser's stand-in for wasmFiles.ts (swapped in by the browser builds): the WebAssembly is
// fetched from beside the script that runs (a language server worker served with its .wasm files).
// A page that embeds the bytes (the playground) passes them to initParser and never gets here.
import type { ParserWasm } from './parser';

async function fetchBeside(file: string): Promise<Uint8Array> {
  const url = new URL(file, globalThis.location.href);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot fetch ${url.href}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function hostParserWasm(): Promise<ParserWasm> {
  const [runtime, grammar] = await Promise.all([fetchBeside('tree-sitter.wasm'), fetchBeside('tree-sitter-rust.wasm')]);
  return { runtime, grammar };
}
