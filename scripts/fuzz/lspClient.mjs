// A minimal language client for the fuzz harness: the real server (`rustmem lsp --stdio`) in a
// child process, requests with a deadline, and the server's resident memory from /proc.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver/node');

export class Timeout extends Error {}

export class Server {
  constructor(cli) {
    this.proc = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exit = null;
    this.proc.on('exit', (code, signal) => { this.exit = { code, signal }; this.wake(); });
    this.proc.stderr.on('data', () => undefined);
    // Writing to a server that just died must not end the harness: the exit is reported instead.
    this.proc.stdin.on('error', () => undefined);
    this.published = [];
    this.logs = [];
    this.waiters = [];
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => { this.published.push(p); this.wake(); });
    this.conn.onNotification('window/logMessage', (p) => { this.logs.push(p.message); });
    this.conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/codeLens/refresh', () => null);
    this.conn.onRequest('workspace/inlayHint/refresh', () => null);
    this.conn.onError(() => undefined);
    this.conn.onClose(() => this.wake());
    this.conn.listen();
  }

  wake() {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  get alive() {
    return this.exit === null;
  }

  /** `promise`, or a Timeout after `ms`. */
  static within(promise, ms) {
    let timer;
    return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Timeout(`no answer in ${ms} ms`)), ms); })]).finally(() => clearTimeout(timer));
  }

  async initialize() {
    await Server.within(this.conn.sendRequest('initialize', {
      processId: process.pid, rootUri: null,
      capabilities: { workspace: { configuration: true, codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    }), 30_000);
    this.conn.sendNotification('initialized', {});
  }

  /** The `index`-th publication for `uri` (0-based), or a Timeout after `ms`. */
  async diagnostics(uri, index, ms) {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.published.filter((p) => p.uri === uri);
      if (found.length > index) return found[index];
      if (!this.alive) throw new Error('server exited');
      const left = deadline - Date.now();
      if (left <= 0) throw new Timeout(`no diagnostics in ${ms} ms`);
      await new Promise((resolve) => { const t = setTimeout(resolve, Math.min(left, 250)); this.waiters.push(() => { clearTimeout(t); resolve(); }); });
    }
  }

  /** A request with a deadline: { ms, result } or { ms, error } or a Timeout. */
  async request(method, params, ms) {
    const start = performance.now();
    try {
      const result = await Server.within(this.conn.sendRequest(method, params), ms);
      return { ms: performance.now() - start, result };
    } catch (error) {
      if (error instanceof Timeout) throw error;
      return { ms: performance.now() - start, error: String(error?.message ?? error) };
    }
  }

  /** Resident memory of the server process now, and its peak, in bytes (Linux). */
  memory() {
    try {
      const status = fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
      return { rss: kb('VmRSS'), peak: kb('VmHWM') };
    } catch {
      return { rss: 0, peak: 0 };
    }
  }

  /**
   * Starts a new peak: VmHWM is reset to the current resident memory (Linux: writing 5 to
   * clear_refs), so the next memory() names the peak of what happened since. False when refused.
   */
  resetPeak() {
    try {
      fs.writeFileSync(`/proc/${this.proc.pid}/clear_refs`, '5');
      return true;
    } catch {
      return false;
    }
  }

  kill() {
    try { this.conn.dispose(); } catch { /* already closed */ }
    if (this.alive) this.proc.kill('SIGKILL');
  }
}
