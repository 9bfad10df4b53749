// The extension's state: owns the language client and two cleanup lists. Extension-lifetime
// disposables (commands, the output channel, panels) live until deactivation; client-lifetime
// disposables (anything bound to one running server) are disposed on every restart.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { createLanguageClient } from './languageClient';
import { panelCapability } from './panelCapability';

export class Ctx {
  readonly outputChannel: vscode.OutputChannel;
  private languageClient: BaseLanguageClient | undefined;
  private readonly clientDisposables: vscode.Disposable[] = [];
  private readonly startedListeners = new vscode.EventEmitter<BaseLanguageClient>();

  constructor(readonly extension: vscode.ExtensionContext) {
    this.outputChannel = vscode.window.createOutputChannel('Rust Memory');
    this.pushExtCleanup(this.outputChannel, this.startedListeners);
  }

  /** The running client, if the server is started. */
  get client(): BaseLanguageClient | undefined {
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

  /** A start that is reading the server's files (VS Code for the Web) before the client exists. */
  private creating: Promise<void> | undefined;

  async start(): Promise<void> {
    if (this.languageClient) return;
    this.creating ??= this.create().finally(() => {
      this.creating = undefined;
    });
    await this.creating;
  }

  private async create(): Promise<void> {
    const clientOptions: LanguageClientOptions = {
      outputChannel: this.outputChannel,
      // Hovers link to the Memory Inspector at a step; only that command may run from them.
      markdown: { isTrusted: { enabledCommands: ['rustMemory.inspectMemory'] } },
    };
    // A server process in desktop VS Code, a Web Worker in VS Code for the Web (languageClient.browser.ts).
    const client = await createLanguageClient(this.extension, clientOptions);
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
