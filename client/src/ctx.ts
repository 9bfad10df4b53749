// The extension's state: owns the language client and two cleanup lists. Extension-lifetime
// disposables (commands, the output channel, panels) live until deactivation; client-lifetime
// disposables (anything bound to one running server) are disposed on every restart.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { panelCapability } from './panelCapability';

/** The documents the server analyses: Rust files, and the ```rust blocks of Markdown files. */
export const DOCUMENT_SELECTOR: LanguageClientOptions['documentSelector'] = [
  { scheme: 'file', language: 'rust' },
  { scheme: 'untitled', language: 'rust' },
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
];

export class Ctx {
  readonly outputChannel: vscode.OutputChannel;
  private languageClient: LanguageClient | undefined;
  private readonly clientDisposables: vscode.Disposable[] = [];
  private readonly startedListeners = new vscode.EventEmitter<LanguageClient>();

  constructor(readonly extension: vscode.ExtensionContext) {
    this.outputChannel = vscode.window.createOutputChannel('Rust Memory');
    this.pushExtCleanup(this.outputChannel, this.startedListeners);
  }

  /** The running client, if the server is started. */
  get client(): LanguageClient | undefined {
    return this.languageClient;
  }

  /** Fires each time a (re)started client is ready; client-lifetime state is rebuilt here. */
  readonly onClientStarted = this.startedListeners.event;

  pushExtCleanup(...disposables: vscode.Disposable[]): void {
    this.extension.subscriptions.push(...disposables);
  }

  pushClientCleanup(...disposables: vscode.Disposable[]): void {
    this.clientDisposables.push(...disposables);
  }

  async start(): Promise<void> {
    if (this.languageClient) return;
    const module = this.extension.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.outputChannel,
      // Hovers link to the Memory Inspector at a step; only that command may run from them.
      markdown: { isTrusted: { enabledCommands: ['rustMemory.inspectMemory'] } },
    };
    // The id `rustMemory` makes the client read `rustMemory.trace.server`.
    const client = new LanguageClient('rustMemory', 'Rust Memory', serverOptions, clientOptions);
    client.registerFeature(panelCapability);
    this.languageClient = client;
    await client.start();
    this.startedListeners.fire(client);
  }

  async stop(): Promise<void> {
    const client = this.languageClient;
    this.languageClient = undefined;
    for (const d of this.clientDisposables.splice(0).reverse()) d.dispose();
    if (client) await client.dispose();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }
}
