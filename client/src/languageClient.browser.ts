// How VS Code for the Web runs the language server: dist/browserServer.js in a Web Worker, spoken
// to over postMessage (vscode-languageclient/browser). The worker is started from a blob: URL
// holding the bundle, and its first message is the parser's WebAssembly: the extension's files
// may live where a worker cannot load them (a `vscode-remote:` folder on a server), while the
// extension host's `fetch` reads them from wherever the extension is.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { ParserWasmMessage } from '../../protocol/browserServer';

/**
 * Rust files and the ```rust blocks of Markdown files, under any scheme: a browser workbench keeps
 * its files in file systems of its own (virtual, remote), and the server reads only the text the
 * editor sends it.
 */
export const DOCUMENT_SELECTOR: LanguageClientOptions['documentSelector'] = [{ language: 'rust' }, { language: 'markdown' }];

async function distFile(extension: vscode.ExtensionContext, name: string): Promise<ArrayBuffer> {
  const uri = vscode.Uri.joinPath(extension.extensionUri, 'dist', name).toString(true);
  const response = await fetch(uri);
  if (!response.ok) throw new Error(`cannot read ${uri}: ${response.status} ${response.statusText}`);
  return response.arrayBuffer();
}

/** `options` without a document selector: the host's own is added here. */
export async function createLanguageClient(extension: vscode.ExtensionContext, options: LanguageClientOptions): Promise<BaseLanguageClient> {
  const [script, runtime, grammar] = await Promise.all(
    ['browserServer.js', 'tree-sitter.wasm', 'tree-sitter-rust.wasm'].map((name) => distFile(extension, name)),
  );
  const url = URL.createObjectURL(new Blob([script!], { type: 'text/javascript' }));
  const worker = new Worker(url, { name: 'Rust Memory language server' });
  const first: ParserWasmMessage = { parserWasm: { runtime: new Uint8Array(runtime!), grammar: new Uint8Array(grammar!) } };
  worker.postMessage(first, [runtime!, grammar!]);
  // The id `rustMemory` makes the client read `rustMemory.trace.server`.
  return new LanguageClient('rustMemory', 'Rust Memory', { ...options, documentSelector: DOCUMENT_SELECTOR }, worker);
}
