// Runs simulations off the language server's request loop, in worker threads (dist/simWorker.js),
// so hover, CodeLens and diagnostics stay responsive while a long program runs. One worker per
// document; a newer version of the document terminates the run in progress (a simulation is a
// tight synchronous loop, so terminating the thread is the only way to stop it promptly; a run
// that ends within STALE_GRACE_MS is let finish, so typing keeps one warm worker). A worker
// a run left large (its heap, the parser's memory, which never shrinks, or a deep host stack) is
// ended after that run instead of being kept for the next edit: its memory goes with it.
import { reviveTrace } from '../../../protocol/stepTable';
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Trace } from '../../../protocol/trace';
import { SERVER_WORKER_PARSER_BYTES, SERVER_WORKER_YOUNG_MB, SIMULATION_STACK_MB, WORKER_HEAP_MB } from '../simulationMessages';
import type { SimulateJob, SimulateReply, TraceAnalysis, WorkerMemory } from '../simulationMessages';
import type { ErrorLog } from './safely';
import { describeError } from './safely';
import { collectSoon, LARGE_TRACE_STEPS } from './fullCollection';

export type SimulationOutcome =
  /** `analysis`: the trace checks and views, when the job asked for them and the worker could run them. */
  | { kind: 'done'; trace: Trace; stdout: string; stderr: string; status: number; analysis?: TraceAnalysis }
  | { kind: 'cancelled' }
  /** The run needed more of the worker's heap than WORKER_HEAP_MB: a limit of the simulator, not a bug. */
  | { kind: 'out-of-memory'; limitMb: number }
  /** The program was not run: its tree would take more of the parser's memory than the worker allows. */
  | { kind: 'too-large'; what: string }
  | { kind: 'failed'; error: string };

interface Running {
  id: number;
  resolve(outcome: SimulationOutcome): void;
}

interface Slot {
  worker: Worker;
  running?: Running;
  /** A cancelled run the worker is still finishing (see STALE_GRACE_MS). */
  stale?: { id: number; timer: NodeJS.Timeout };
  /** The message of `running`, held until the stale run ends. */
  queued?: SimulateJob;
  idleTimer?: NodeJS.Timeout;
}

/**
 * How long a cancelled run may go on in its worker before the worker is ended. Most runs end
 * within tens of milliseconds, and a worker ended mid-run is replaced by a cold one (its bundle,
 * the grammar and the engine's code compiled again: hundreds of milliseconds of CPU), so while
 * the user types, the next version waits for the stale run to end and runs in the warm worker.
 */
const STALE_GRACE_MS = 250;

/** An idle worker is kept this long for the next edit, then its memory is returned. */
const IDLE_MS = 60_000;

/**
 * A worker is kept for the next edit only while it holds no more than a fresh one after an
 * ordinary run (measured: a V8 heap of 20–40 MiB and the parser's initial 32 MiB).
 */
const KEEP_HEAP_BYTES = 64 * 2 ** 20;
const KEEP_WASM_BYTES = 32 * 2 ** 20;

/**
 * A run that ended `unsupported` within this many steps called no deeper than that (every call is a
 * step), so the host stack it touched is small. Most `unsupported` runs end here, many before their
 * first step (a construct the lowering does not model): a learner who is editing such a program
 * would otherwise pay for a fresh worker (its bundle, the grammar, cold code) on every edit.
 */
const SHALLOW_RUN_STEPS = 10_000;

/**
 * Whether a worker is worth keeping after a run that ended with `trace`: not after a run stopped
 * at a limit or by a deep recursion (the host stack it touched stays resident until the thread
 * ends; `unsupported` is also how a recursion deeper than the host stack ends, so a long
 * `unsupported` run counts as deep), nor one that left the heap or the parser's memory larger
 * than a fresh worker's.
 */
export function keepWorker(trace: Trace, held: WorkerMemory): boolean {
  const ended = trace.end.kind;
  if (ended === 'step-limit' || ended === 'overflow') return false;
  if (ended === 'unsupported' && trace.steps.length >= SHALLOW_RUN_STEPS) return false;
  return held.heapBytes <= KEEP_HEAP_BYTES && held.wasmBytes <= KEEP_WASM_BYTES;
}

export class SimulationRunner {
  private readonly slots = new Map<string, Slot>();
  private nextId = 1;
  /**
   * Documents whose last run brought a long trace: when a new version runs, the old trace is
   * garbage and worth a full collection (`close` collects whatever the document held).
   */
  private readonly longTraces = new Set<string>();

  constructor(
    private readonly workerFile: string,
    private readonly log: ErrorLog,
  ) {}

  /** Whether the simulator is part of this build. */
  get available(): boolean {
    return fs.existsSync(this.workerFile);
  }

  /** Simulates one version of document `key`, cancelling the run of any older version. */
  run(key: string, job: Omit<SimulateJob, 'kind' | 'id'>): Promise<SimulationOutcome> {
    this.cancel(key);
    this.released(key);
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { worker: this.spawn(key) };
      this.slots.set(key, slot);
    }
    clearTimeout(slot.idleTimer);
    const id = this.nextId++;
    const current = slot;
    return new Promise<SimulationOutcome>((resolve) => {
      current.running = { id, resolve };
      const message: SimulateJob = { kind: 'simulate', id, ...job, maxParserBytes: SERVER_WORKER_PARSER_BYTES };
      if (current.stale) current.queued = message;
      else current.worker.postMessage(message);
    });
  }

  /**
   * Cancels the run in progress for `key`, if any: it resolves as `cancelled` at once. The worker
   * may finish it for STALE_GRACE_MS (its result is dropped); past that, the worker is ended.
   */
  cancel(key: string): void {
    const slot = this.slots.get(key);
    if (!slot?.running) return;
    const running = slot.running;
    slot.running = undefined;
    if (slot.queued) {
      // It never started: the stale run before it is still the one the worker is finishing.
      slot.queued = undefined;
    } else {
      slot.stale = { id: running.id, timer: setTimeout(() => this.restart(key, slot), STALE_GRACE_MS) };
    }
    running.resolve({ kind: 'cancelled' });
  }

  /**
   * Stops and forgets the worker of `key` (the document was closed). What the server held for the
   * document (its trees, front end, layouts, trace) is garbage after this turn: it is collected
   * then, before the next document's analysis or run adds its own peak on top of it.
   */
  close(key: string): void {
    this.cancel(key);
    this.longTraces.delete(key);
    collectSoon();
    const slot = this.slots.get(key);
    if (slot) this.discard(key, slot);
  }

  /** The caller lets go of `key`'s last trace: a new version runs. */
  private released(key: string): void {
    if (this.longTraces.delete(key)) collectSoon();
  }

  dispose(): void {
    for (const key of [...this.slots.keys()]) this.close(key);
  }

  private spawn(key: string): Worker {
    const worker = new Worker(this.workerFile, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: SERVER_WORKER_YOUNG_MB, stackSizeMb: SIMULATION_STACK_MB },
    });
    worker.on('message', (reply: SimulateReply) => this.onReply(key, worker, reply));
    worker.on('error', (error) => {
      const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.onWorkerEnd(key, worker, `the simulation worker failed: ${describeError(error)}`, outOfMemory);
    });
    worker.on('exit', (code) => this.onWorkerEnd(key, worker, `the simulation worker exited with status ${code}`));
    return worker;
  }

  private onReply(key: string, worker: Worker, reply: SimulateReply): void {
    const slot = this.slots.get(key);
    if (!slot || slot.worker !== worker) return;
    if (slot.stale?.id === reply.id) {
      // The cancelled run ended in time: the queued version runs in this worker, if it is worth keeping.
      clearTimeout(slot.stale.timer);
      slot.stale = undefined;
      if (!(reply.kind === 'done' && keepWorker(reply.trace, reply.held))) this.restart(key, slot);
      else if (slot.queued) this.post(slot);
      else this.idle(key, slot);
      return;
    }
    if (slot.running?.id !== reply.id) return;
    const running = slot.running;
    slot.running = undefined;
    if (reply.kind === 'done' && keepWorker(reply.trace, reply.held)) this.idle(key, slot);
    else this.discard(key, slot);
    if (reply.kind === 'done') {
      if (reply.trace.steps.length >= LARGE_TRACE_STEPS) this.longTraces.add(key);
      running.resolve({ kind: 'done', trace: reviveTrace(reply.trace), stdout: reply.stdout, stderr: reply.stderr, status: reply.status, ...(reply.analysis ? { analysis: reply.analysis } : {}) });
    } else if (reply.kind === 'too-large') {
      running.resolve({ kind: 'too-large', what: reply.what });
    } else {
      running.resolve({ kind: 'failed', error: reply.error });
    }
  }

  /** The worker died on its own (out of memory, a crash): end its run, spawn afresh next time. */
  private onWorkerEnd(key: string, worker: Worker, why: string, outOfMemory = false): void {
    const slot = this.slots.get(key);
    if (!slot || slot.worker !== worker) return;
    if (slot.stale) {
      // The cancelled run took the worker down: the queued version gets a fresh one.
      this.restart(key, slot);
      return;
    }
    const running = slot.running;
    this.slots.delete(key);
    clearTimeout(slot.idleTimer);
    if (!running) return;
    if (outOfMemory) {
      running.resolve({ kind: 'out-of-memory', limitMb: WORKER_HEAP_MB });
      return;
    }
    this.log(why);
    running.resolve({ kind: 'failed', error: why });
  }

  private discard(key: string, slot: Slot): void {
    this.slots.delete(key);
    clearTimeout(slot.idleTimer);
    clearTimeout(slot.stale?.timer);
    slot.running = undefined;
    slot.stale = undefined;
    slot.queued = undefined;
    void slot.worker.terminate();
  }

  /** Ends `slot`'s worker; the version waiting for it, if any, runs in a fresh one. */
  private restart(key: string, slot: Slot): void {
    if (this.slots.get(key) !== slot) return;
    const { running, queued } = slot;
    this.discard(key, slot);
    if (!running || !queued) return;
    const fresh: Slot = { worker: this.spawn(key), running, queued };
    this.slots.set(key, fresh);
    this.post(fresh);
  }

  private post(slot: Slot): void {
    const message = slot.queued!;
    slot.queued = undefined;
    slot.worker.postMessage(message);
  }

  /** Keeps an idle worker for the next edit, for IDLE_MS. */
  private idle(key: string, slot: Slot): void {
    slot.idleTimer = setTimeout(() => this.close(key), IDLE_MS);
    slot.idleTimer.unref();
  }
}
