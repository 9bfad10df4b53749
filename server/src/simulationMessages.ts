/**
 * Messages between the language server and its simulation worker (dist/simWorker.js), declared
 * once for both sides. One job at a time per worker; a job is cancelled by terminating the worker.
 */
import type { Trace } from '../../protocol/trace';
import type { RustMemorySettings } from '../../protocol/settings';
import type { EngineDiagnostic } from './engine/diagnostic';
import type { TraceViews } from './engine/inspect/traceViews';
import type { Rejection } from './engine/rejection';

/**
 * Stack of a simulation worker thread, in MiB (`resourceLimits.stackSizeMb`): a simulated
 * recursion recurses in the interpreter too, and must reach the simulated 8 MiB budget first.
 */
export const SIMULATION_STACK_MB = 1024;

/**
 * The simulation worker's V8 heap, in MiB (`resourceLimits.maxOldGenerationSizeMb`), for the
 * language server and the CLI alike. The costliest run the default limits allow, 200,000 steps of
 * recursion, needs well under it; a run that needs more (millions of simulated heap blocks, or
 * raised limits) ends as `unsupported` (features/outOfMemory.ts) instead of growing the process
 * by gigabytes.
 */
export const WORKER_HEAP_MB = 384;

/**
 * The young generation of the language server's worker (`resourceLimits.maxYoungGenerationSizeMb`),
 * which WORKER_HEAP_MB does not bound: V8's default lets it take 48 MiB more of the process that
 * the server shares with the worker.
 */
export const SERVER_WORKER_YOUNG_MB = 16;

/**
 * The language server's worker parses a program within this much of the parser's WebAssembly
 * memory (the initial 32 MiB and as much again): a longer run of tokens ends `unsupported` instead
 * of growing the worker by hundreds of MiB (`SimulateJob.maxParserBytes`).
 */
export const SERVER_WORKER_PARSER_BYTES = 64 * 2 ** 20;

/** Server → worker: simulate `source`. */
export interface SimulateJob {
  kind: 'simulate';
  id: number;
  source: string;
  /** The file name the trace and messages use (the document URI). */
  file: string;
  maxSteps: number;
  /** Wall-clock budget of the run in ms (absent: none). */
  maxMillis?: number;
  /** Budget of the program's live heap in bytes (absent: the simulator's default, 256 MiB). */
  maxHeapBytes?: number;
  /** Record the trace (default true); `rustmem run` turns it off for speed. */
  recordTrace?: boolean;
  /** Run a program only the borrow checker rejects anyway (`--as-if-accepted`, the panel's button). */
  asIfAccepted?: boolean;
  /** The parser's memory the program's tree may take (absent: no bound); past it the reply is `too-large`. */
  maxParserBytes?: number;
  /**
   * Whether rustc rejects `source`, as the server's own static checks of the same text found it
   * (SimulateOptions.rejection): the worker then does not type-check and borrow-check the whole
   * file again. Absent: the worker decides.
   */
  rejection?: Rejection | null;
  /**
   * Run the trace checks with these settings and build the trace's views, in the worker (the reply's
   * `analysis`): the language server's thread then never walks a long trace.
   */
  analyse?: RustMemorySettings;
}

/** What the worker found in the trace it made: the trace checks' findings and the trace's views. */
export interface TraceAnalysis {
  findings: EngineDiagnostic[];
  /** Checks (or the views) that threw, for the server's log; a check's failure is also in `findings`. */
  failures: { check: string; error: string }[];
  /** Absent when building them failed (see `failures`): the features then build their own. */
  views?: TraceViews;
}

/** Worker → server: the run ended (whatever the program did), or the simulator itself failed. */
export type SimulateReply =
  | { kind: 'done'; id: number; stdout: string; stderr: string; status: number; trace: Trace; held: WorkerMemory; analysis?: TraceAnalysis }
  | { kind: 'failed'; id: number; error: string }
  /** The program was not run: its tree would outgrow `maxParserBytes` (`what` says so). */
  | { kind: 'too-large'; id: number; what: string };

/**
 * What the worker holds once a run is over: its V8 heap and the parser's WebAssembly memory (which
 * never shrinks). The language server ends a worker that a run left large instead of keeping it
 * for the next edit.
 */
export interface WorkerMemory {
  heapBytes: number;
  wasmBytes: number;
}
