// How VS Code for the Web runs the language server: dist/browserServer.js in a Web Worker, spoken
// to over postMessage (vscode-languageclient/browser). The worker fetches the parser's
// WebAssembly from beside its script, so the extension's dist/ folder is all it needs.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';

/**
 * Rust files and the ```rust blocks of Markdown files, under any scheme: a browser workbench keeps
 * its files in file systems of its own (virtual, remote), and the server reads only the text the
 * editor sends it.
 */
export const DOCUMENT_SELECTOR: LanguageClientOptions['documentSelector'] = [{ language: 'rust' }, { language: 'markdown' }];

/** `options` without a document selector: the host's own is added here. */
export function createLanguageClient(extension: vscode.ExtensionContext, options: LanguageClientOptions): BaseLanguageClient {
  const script = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'browserServer.js');
  const worker = new Worker(script.toString(true), { name: 'Rust Memory language server' });
  // The id `rustMemory` makes the client read `rustMemory.trace.server`.
  return new LanguageClient('rustMemory', 'Rust Memory', { ...options, documentSelector: DOCUMENT_SELECTOR }, worker);
}
