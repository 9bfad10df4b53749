// The browser's stand-in for wasmFiles.ts (swapped in by the browser builds). A browser has no
// files of its own to read: its host passes the bytes to initParser (the playground embeds them in
// its page, the language server worker receives them from its client), so this is never reached.
import type { ParserWasm } from './parser';

export function hostParserWasm(): Promise<ParserWasm> {
  return Promise.reject(new Error('in a browser the host passes the parser\'s WebAssembly to initParser'));
}
