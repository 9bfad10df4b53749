// A language client for tests: spawns `rustmem lsp --stdio` and speaks JSON-RPC to it. It records
// every notification so a test can wait for the one it expects (no fixed sleeps).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  PublishDiagnosticsNotification,
} from 'vscode-languageserver/node';
import type { MessageConnection, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { distFile } from '../support/dist';

export class LspSession {
  readonly connection: MessageConnection;
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  /** Every `workspace/configuration` item the server asked for. */
  readonly configurationRequests: { scopeUri?: string; section?: string }[] = [];
  readonly stderr: string[] = [];
  private readonly process: ChildProcess;
  private waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor(settings: Record<string, unknown> = {}) {
    this.process = spawn(process.execPath, [distFile('cli.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.process.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.push(params);
      this.notify();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) => {
      this.configurationRequests.push(...params.items);
      return params.items.map(() => settings);
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves with the first published diagnostics (past or future) that satisfy `accept`. */
  async waitForDiagnostics(accept: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    for (;;) {
      const found = this.diagnostics.find(accept);
      if (found) return found;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Ends the session the way an editor does: `shutdown`, then `exit`. Resolves with the exit status. */
  async close(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const status = await this.exited;
    this.connection.dispose();
    return status;
  }

  /** The server's process id (the bench reads its CPU time and the hardening tests its memory from /proc). */
  get pid(): number | undefined {
    return this.process.pid;
  }

  kill(): void {
    this.connection.dispose();
    this.process.kill();
  }
}

/**
 * A server per test of the enclosing `describe`: the returned function starts one, and it is killed
 * after the test, its stderr printed first when the test failed (the server's own account of why).
 */
export function sessionPerTest(): (settings?: Record<string, unknown>) => LspSession {
  let session: LspSession | undefined;
  afterEach(function () {
    if (this.currentTest?.state === 'failed' && session) console.log(session.stderr.join(''));
    session?.kill();
    session = undefined;
  });
  return (settings) => (session = new LspSession(settings));
}
