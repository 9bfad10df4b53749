// How desktop VS Code runs the language server: dist/server.js in a Node process of its own,
// spoken to over IPC. The browser build swaps this file for languageClient.browser.ts.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';

/** The documents the server analyses: Rust files, and the ```rust blocks of Markdown files. */
export const DOCUMENT_SELECTOR: LanguageClientOptions['documentSelector'] = [
  { scheme: 'file', language: 'rust' },
  { scheme: 'untitled', language: 'rust' },
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
];

/** `options` without a document selector: the host's own is added here. */
export async function createLanguageClient(extension: vscode.ExtensionContext, options: LanguageClientOptions): Promise<BaseLanguageClient> {
  const module = extension.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // The id `rustMemory` makes the client read `rustMemory.trace.server`.
  return new LanguageClient('rustMemory', 'Rust Memory', serverOptions, { ...options, documentSelector: DOCUMENT_SELECTOR });
}
