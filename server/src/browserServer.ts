// Entry of dist/browserServer.js: the language server in a web worker (VS Code for the Web, or
// any page that speaks LSP to a worker), over vscode-languageserver's browser transport. The
// browser build swaps the Node-only modules for their browser stand-ins (*.browser.ts): the
// WebAssembly is fetched next to this script, simulations run in this worker.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startLanguageServer } from './languageServer';

const scope = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
startLanguageServer(createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)), { workerFile: 'in this worker' });
