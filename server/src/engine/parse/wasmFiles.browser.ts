// The browser's stand-in for wasmFiles.ts (swapped in by the browser builds): a page has no files
// to read, so it fetches or embeds the bytes and passes them to initParser.
import type { ParserWasm } from './parser';

export function hostParserWasm(): Promise<ParserWasm> {
  return Promise.reject(new Error('in a browser, pass the tree-sitter runtime and grammar bytes to initParser()'));
}
