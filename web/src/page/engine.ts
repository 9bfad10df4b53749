// The page's side of the engine worker (web/src/worker): starts it from the worker's source as a
// Blob URL (a file:// page may not start a worker from a file), hands it the parser's bytes, and
// cancels a stale run by terminating the worker and starting another, as the language server does
// with its simulation threads.
import type { ParserWasm } from '../../../server/src/engine/parse/parser';
import type { FromWorker, ToWorker } from '../messages';

export type EngineEvent = Exclude<FromWorker, { type: 'hover' } | { type: 'ready' }>;

export class EngineClient {
  private worker: Worker | undefined;
  private readonly url: string;
  /** The version whose answers are still to come, if any. */
  private pending: number | undefined;
  private nextHover = 1;
  private readonly hovers = new Map<number, (markdown: string | null) => void>();
  /** Answers that came before the page listened (the first analysis starts before the editor exists). */
  private early: EngineEvent[] | undefined = [];
  private listener: (event: EngineEvent) => void = (event) => this.early?.push(event);

  constructor(
    workerSource: string,
    private readonly wasm: ParserWasm,
  ) {
    this.url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    // The worker's start is most of a first analysis: begin at once.
    this.ensure();
  }

  /** Receives every answer from now on, and the ones that came before. */
  listen(listener: (event: EngineEvent) => void): void {
    const early = this.early ?? [];
    this.early = undefined;
    this.listener = listener;
    for (const event of early) listener(event);
  }

  analyze(version: number, file: string, text: string, maxSteps: number): void {
    // A run of an older version is still going: its answer no longer matters.
    if (this.pending !== undefined) this.restart();
    this.pending = version;
    this.post({ type: 'analyze', version, file, text, maxSteps });
  }

  hover(version: number, line: number, character: number): Promise<string | null> {
    const id = this.nextHover++;
    return new Promise((resolve) => {
      this.hovers.set(id, resolve);
      this.post({ type: 'hover', id, version, line, character });
    });
  }

  private post(message: ToWorker): void {
    this.ensure().postMessage(message);
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.url, { name: 'rustmem-engine' });
    worker.addEventListener('message', (e: MessageEvent<FromWorker>) => this.receive(worker, e.data));
    worker.addEventListener('error', (e) => {
      if (this.worker !== worker || this.pending === undefined) return;
      const version = this.pending;
      this.pending = undefined;
      this.worker = undefined;
      worker.terminate();
      this.listener({ type: 'failed', version, message: e.message || 'the engine worker failed' });
    });
    // Copies, not transfers: the next worker needs the bytes too.
    worker.postMessage({ type: 'init', wasm: { runtime: this.wasm.runtime.slice(), grammar: this.wasm.grammar.slice() } } satisfies ToWorker);
    this.worker = worker;
    return worker;
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const resolve of this.hovers.values()) resolve(null);
    this.hovers.clear();
  }

  private receive(worker: Worker, m: FromWorker): void {
    if (worker !== this.worker) return;
    if (m.type === 'ready') {
      performance.mark('playground-engine-ready');
      return;
    }
    if (m.type === 'hover') {
      this.hovers.get(m.id)?.(m.markdown);
      this.hovers.delete(m.id);
      return;
    }
    if ((m.type === 'trace' || m.type === 'failed') && m.version === this.pending) this.pending = undefined;
    this.listener(m);
  }
}
