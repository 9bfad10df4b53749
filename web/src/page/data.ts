// What the built page carries besides its script: the engine worker's source and the parser's
// WebAssembly (gzip + base64 in non-executing <script> elements, since a file:// page can fetch
// nothing), and the examples (JSON). scripts/build-web.mjs writes them; the ids are shared here.
export const WORKER_ID = 'engine-worker';
export const RUNTIME_WASM_ID = 'tree-sitter-wasm';
export const GRAMMAR_WASM_ID = 'rust-grammar-wasm';
export const EXAMPLES_ID = 'examples-data';
/** The type of a data element holding gzip-compressed bytes as base64. */
export const GZIP_BASE64_TYPE = 'application/x-gzip-base64';

export interface Example {
  name: string;
  text: string;
}

async function gunzip(id: string): Promise<Uint8Array> {
  const text = document.getElementById(id)?.textContent;
  if (!text) throw new Error(`the page is missing its ${id} data`);
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function readPageData(): Promise<{ worker: string; runtime: Uint8Array; grammar: Uint8Array; examples: Example[] }> {
  const [worker, runtime, grammar] = await Promise.all([gunzip(WORKER_ID), gunzip(RUNTIME_WASM_ID), gunzip(GRAMMAR_WASM_ID)]);
  const examples = JSON.parse(document.getElementById(EXAMPLES_ID)?.textContent ?? '[]') as Example[];
  return { worker: new TextDecoder().decode(worker), runtime, grammar, examples };
}
