// The page's side of the engine worker (web/src/worker): starts it from the worker's source as a
// Blob URL (a file:// page may not start a worker from a file), hands it the parser's bytes, and
// cancels a stale run by terminating the worker, as the language server does with its simulation
// threads. A fresh worker spends most of a second on its start (its script, the parser, std's
// declarations for the type checker), so a spare one is started and warmed up once the engine has
// been idle for a while, and takes over when a run is cancelled. (Started at once, its warm-up
// would compete for the processor with the edit a person makes right after the first analysis.)
import { reviveTrace } from '../../../protocol/stepTable';
import type { ParserWasm } from '../../../server/src/engine/parse/parser';
import type { FromWorker, ToWorker } from '../messages';

export type EngineEvent = Exclude<FromWorker, { type: 'hover' } | { type: 'ready' }>;

/** What a spare worker analyses to build everything an analysis needs before it gets real work. */
const WARM_UP = 'fn main() {\n    let names = vec![String::from("warm")];\n    let moved = names;\n    println!("{}", moved.len());\n}\n';
/** The page numbers its versions from 1: answers about the warm-up are never taken for the page's. */
const WARM_UP_VERSION = 0;
/** How long the engine must have been idle before the spare starts. */
const SPARE_AFTER_IDLE_MS = 2000;

/** Runs `task` after the engine has been idle a while; returns how to call it off. */
export type IdleScheduler = (task: () => void) => () => void;

const afterIdle: IdleScheduler = (task) => {
  const timer = setTimeout(task, SPARE_AFTER_IDLE_MS);
  return () => clearTimeout(timer);
};

export class EngineClient {
  private worker: Worker | undefined;
  /** Started and warmed up while the engine was idle; the next `worker` after a cancelled run. */
  private spare: Worker | undefined;
  private readonly url: string;
  /** The version whose answers are still to come, if any. */
  private pending: number | undefined;
  private nextHover = 1;
  private readonly hovers = new Map<number, (markdown: string | null) => void>();
  /** Answers that came before the page listened (the first analysis starts before the editor exists). */
  private early: EngineEvent[] | undefined = [];
  private listener: (event: EngineEvent) => void = (event) => this.early?.push(event);
  private cancelSpare: (() => void) | undefined;

  constructor(
    workerSource: string,
    private readonly wasm: ParserWasm,
    private readonly idle: IdleScheduler = afterIdle,
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
    this.cancelSpare?.();
    this.cancelSpare = undefined;
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
    this.worker ??= this.spawn();
    return this.worker;
  }

  private spawn(): Worker {
    const worker = new Worker(this.url, { name: 'rustmem-engine' });
    worker.addEventListener('message', (e: MessageEvent<FromWorker>) => this.receive(worker, e.data));
    worker.addEventListener('error', (e) => {
      if (worker === this.spare) {
        this.spare = undefined;
        worker.terminate();
        return;
      }
      if (this.worker !== worker || this.pending === undefined) return;
      const version = this.pending;
      this.pending = undefined;
      this.worker = this.spare;
      this.spare = undefined;
      worker.terminate();
      this.listener({ type: 'failed', version, message: e.message || 'the engine worker failed' });
    });
    // Copies, not transfers: the next worker needs the bytes too.
    worker.postMessage({ type: 'init', wasm: { runtime: this.wasm.runtime.slice(), grammar: this.wasm.grammar.slice() } } satisfies ToWorker);
    return worker;
  }

  /** Only while the engine is idle, so the warm-up never competes with a run the page waits for. */
  private prepareSpare(): void {
    this.cancelSpare = undefined;
    if (this.spare || this.pending !== undefined) return;
    const spare = this.spawn();
    spare.postMessage({ type: 'analyze', version: WARM_UP_VERSION, file: 'warm-up.rs', text: WARM_UP, maxSteps: 10_000 } satisfies ToWorker);
    this.spare = spare;
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = this.spare;
    this.spare = undefined;
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
    // A spare that took over may still answer its warm-up.
    if (m.version === WARM_UP_VERSION) return;
    if ((m.type === 'trace' || m.type === 'failed') && m.version === this.pending) {
      this.pending = undefined;
      if (!this.spare) this.cancelSpare = this.idle(() => this.prepareSpare());
    }
    if (m.type === 'trace' && m.trace) reviveTrace(m.trace);
    this.listener(m);
  }
}
