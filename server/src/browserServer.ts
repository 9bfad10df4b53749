// Entry of dist/browserServer.js: the language server in a Web Worker (VS Code for the Web, or any
// page that speaks LSP to a worker), over vscode-languageserver's browser transport. The browser
// build swaps the Node-only modules for their browser stand-ins (*.browser.ts); simulations run in
// this worker. The host's first message is the parser's WebAssembly (protocol/browserServer.ts);
// the connection starts listening while that message is handled, so JSON-RPC begins with the next.
// A host that starts with JSON-RPC instead gets its answers, and an error for all that needs the
// parser.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { isParserWasmMessage } from '../../protocol/browserServer';
import { initParser } from './engine/parse/parser';
import { startLanguageServer } from './languageServer';

const scope = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const firstMessage = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void, options: { once: true }): void;
  dispatchEvent(event: MessageEvent): void;
};

firstMessage.addEventListener('message', (event) => {
  const first: unknown = event.data;
  const wasm = isParserWasmMessage(first);
  // Without the bytes, what needs the parser fails with this message instead of waiting forever.
  void initParser(wasm ? first.parserWasm : Promise.reject(new Error('the language server worker was not given the parser: its first message must be { parserWasm: { runtime, grammar } }')));
  startLanguageServer(createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)), { workerFile: 'in this worker' });
  if (!wasm) firstMessage.dispatchEvent(new MessageEvent('message', { data: first }));
}, { once: true });
