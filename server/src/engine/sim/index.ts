/**
 * The simulator: runs a Rust program from its entry function with Rust's ownership, move and drop
 * semantics, producing its output, exit status and a trace (protocol/trace.ts).
 *
 *   simulate(source, { file, entry?, maxSteps?, mainStackBytes?, recordTrace? })
 *     → { stdout, stderr, status, trace }
 *
 * `initParser()` (engine/parse/parser.ts) must have completed first. Deep recursion needs a deep
 * host stack: run in a worker with a large `resourceLimits.stackSizeMb` (the CLI and the language
 * server do); when the host stack runs out first the run ends as `unsupported`.
 *
 * Pipeline: the front end's Ast → lower/ (IR with resolved names) → interp/ (closures) → std/ (the
 * standard library, one module per type family) → trace/ (the recorder).
 */
import type { RunEnd, Trace } from '../../../../protocol/trace';
import { limitText, rustcErrorHead, TRACE_VERSION, UB_STATUS } from '../../../../protocol/trace';
import { parseRust } from '../parse/parser';
import type { Tree } from '../parse/parser';
import { hasTopLevelFn } from '../parse/topLevelFn';
import { Rejected, RustPanic, StackOverflow, StepLimit, Unsupported } from './errors';
import { programRejection, type Rejection } from '../rejection';
import { frontEnd } from '../frontEnd';
import { rustcSyntaxError } from '../rustcSyntaxErrors';
import { FREED_KIND, UndefinedBehaviour } from './ub';
import type { Span } from './ir';
import { Compiler } from './interp/compile';
import { Interp } from './interp/interp';
import { lowerProgram } from './lower/items';
import { addBuiltins } from './std/builtins';
import { RustExit } from './std/exit';
import { debug } from './std/fmt';
import './std/index';
import { TraceRecorder } from './trace/recorder';
import { StepTable } from '../../../../protocol/stepTable';
import { findLeaks } from './trace/leaks';
import { dropPanicMessage } from './std/panicMessage';
import { threadsOf } from './std/thread';
import { Enum, UNIT } from './values';

export interface SimulateOptions {
  /** The file name messages and the trace use (as the user gave it). */
  file: string;
  /** The function to start from (default `main`). */
  entry?: string;
  /** Stop after this many steps (default 10 million). */
  maxSteps?: number;
  /** Stop after this many milliseconds of running (default: no time limit, so runs are reproducible). */
  maxMillis?: number;
  /** Stop when the program's live heap would exceed this many bytes (default 256 MiB). */
  maxHeapBytes?: number;
  /** Bytes of stack for the main thread (default 8 MiB). */
  mainStackBytes?: number;
  /** Record the trace (default true); `false` keeps only output and status, for speed. */
  recordTrace?: boolean;
  /**
   * Run a program that only rustc's borrow checker rejects anyway, to show what the rule prevents
   * (sim/ub.ts); the trace's `asIfAccepted` names the error. A type error still refuses the run.
   */
  asIfAccepted?: boolean;
  /**
   * The caller's verdict on whether rustc rejects `source` (programRejection of the same text,
   * `null`: it does not), when its own static checks have already run the front end and the borrow
   * checker on it: the run then does not repeat those whole-file checks. Absent: decided here.
   */
  rejection?: Rejection | null;
}

export interface SimulateResult {
  stdout: string;
  stderr: string;
  status: number;
  trace: Trace;
}

export const DEFAULT_MAX_STEPS = 10_000_000;
export const DEFAULT_MAX_HEAP_BYTES = 256 * 1024 * 1024;
export const MAIN_STACK_BYTES = 8 * 1024 * 1024;
/**
 * The longest program text simulated, in characters. Parsing and lowering cost memory in
 * proportion to the text (a 1 MB line of `vec![…]` items takes the parser's WebAssembly memory
 * alone to about 500 MiB), so a longer program ends `unsupported` before it is parsed. A learner's
 * program, even a long one, is far below it.
 */
export const MAX_SIMULATED_CHARS = 256 * 1024;

/** Whether `simulate` refuses `source` for its length, before parsing it. */
export function tooLongToSimulate(source: string): boolean {
  return source.length > MAX_SIMULATED_CHARS;
}

export { Unsupported } from './errors';

function where(file: string, sp: Span | null): string {
  return sp ? `${file}:${sp.l + 1}:${sp.c + 1}` : file;
}

/** `tree`, when given, is the caller's tree of `source` (the caller deletes it), so the text is parsed once. */
export function simulate(source: string, options: SimulateOptions, tree?: Tree): SimulateResult {
  const file = options.file;
  const entry = options.entry ?? 'main';
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const trace: Trace = {
    version: TRACE_VERSION, file, entry, steps: new StepTable(), output: [], leaks: [], end: { kind: 'exit', status: 0 },
    threads: [{ id: 0, name: 'main', stackBudget: options.mainStackBytes ?? MAIN_STACK_BYTES }], checkpoints: [], snapshots: [],
  };
  let I: Interp | null = null;
  let rec: TraceRecorder | null = null;
  let end: RunEnd;
  try {
    if (tooLongToSimulate(source)) {
      const what = `a program of ${source.length.toLocaleString('en-US')} characters (the simulator runs programs of up to ${MAX_SIMULATED_CHARS.toLocaleString('en-US')})`;
      throw new Unsupported(what, { l: 0, c: 0, el: 0, ec: 0 });
    }
    tree ??= parseRust(source);
    if (tree.rootNode.hasError) {
      const rustc = rustcSyntaxError(tree, source);
      if (rustc) throw new Rejected(rustc.code, rustc.message, rustc.span.start.line + 1, rustc.span.start.character + 1, false);
      const bad = tree.rootNode.descendantsOfType('ERROR')[0] ?? tree.rootNode.descendantsOfType('MISSING')[0];
      const p = bad ? bad.startPosition : { row: 0, column: 0 };
      throw new Unsupported('code with syntax errors', { l: p.row, c: p.column, el: p.row, ec: p.column });
    }
    const parsed = tree;
    // Without an entry point there is nothing to run, and rustc reports its E0601 before any type
    // or borrow error: the whole-program checks below would be work for nothing (a long library
    // file checked by `rustmem check` starts a run before its parse shows there is no `main`).
    if (options.entry === undefined && !hasTopLevelFn(parsed, 'main')) throw new Unsupported(`no function \`${entry}\` to run`, null);
    const rejected = (options.rejection !== undefined ? options.rejection : programRejection(file, source, parsed)) ?? undefined;
    if (rejected) {
      const { error } = rejected;
      const at = { code: error.code, message: error.message, line: error.span.start.line + 1, column: error.span.start.character + 1 };
      if (!options.asIfAccepted || !rejected.byBorrowck) throw new Rejected(at.code, at.message, at.line, at.column, rejected.byBorrowck);
      trace.asIfAccepted = at;
    }
    const prog = lowerProgram(frontEnd(parsed, source), addBuiltins, file);
    I = new Interp(prog, {
      file,
      maxSteps,
      maxMillis: options.maxMillis ?? Infinity,
      maxHeapBytes: options.maxHeapBytes ?? DEFAULT_MAX_HEAP_BYTES,
      mainStackBytes: options.mainStackBytes ?? MAIN_STACK_BYTES,
      ...(trace.asIfAccepted ? { asIfAccepted: true } : {}),
    });
    I.compiler = new Compiler(I, prog);
    if (options.recordTrace !== false) {
      rec = new TraceRecorder(I);
      I.rec = rec;
    }
    const main = prog.fns.get(entry);
    if (!main) throw new Unsupported(`no function \`${entry}\` to run`, null);
    if (main.params.length) throw new Unsupported(`entry function \`${entry}\` with parameters`, main.sp);
    I.lastSpan = main.sp;
    const result = I.callUser(main, [], null);
    if (result instanceof Enum && result.def.name === 'Result' && result.def.builtin && result.vi === 1) {
      // `fn main() -> Result<..>` returning `Err(e)`: the runtime prints `Error: {e:?}` and exits 1.
      I.write('stderr', `Error: ${debug(I, result.f[0])}\n`);
      end = { kind: 'exit', status: 1 as 0 };
    } else {
      void UNIT;
      end = { kind: 'exit', status: 0 };
    }
  } catch (e) {
    end = endOf(e, I, file);
  }
  if (rec) {
    rec.flush();
    trace.steps = rec.steps.seal();
    trace.output = rec.chunks;
    trace.checkpoints = rec.checkpoints;
    // Leaks only mean something when the program ended normally or after unwinding.
    if ((end.kind === 'exit' || end.kind === 'panic') && I) trace.leaks = findLeaks([...rec.blocks.values()].filter((b) => b.kind !== FREED_KIND), [...I.statics.values()].map((cell) => cell[0]));
  }
  trace.end = end;
  if (I) trace.threads = threadsOf(I).all.slice();
  let stderr = I?.stderr ?? '';
  if (end.kind === 'unsupported') stderr += `rustmem: unsupported: ${end.what} at ${file}:${end.line}:${end.column}\n`;
  if (trace.asIfAccepted) {
    const a = trace.asIfAccepted;
    stderr = `rustmem: rustc rejects this program: ${rustcErrorHead(a.code)} at ${file}:${a.line}:${a.column}: ${a.message}; running it as if accepted shows what that rule prevents\n${stderr}`;
  }
  if (end.kind === 'ub') stderr += `rustmem: undefined behaviour: ${end.message} at ${file}:${end.line}:${end.column}; the run stops here\n`;
  if (end.kind === 'rejected') stderr += `rustmem: rustc would reject this program: ${rustcErrorHead(end.code)} at ${file}:${end.line}:${end.column}: ${end.message}\n`;
  if (end.kind === 'step-limit') stderr += `rustmem: limit reached: the simulation stopped ${limitText(end)} without finishing (at ${file}:${end.line}:${end.column}; raise it with ${LIMIT_FLAG[end.by ?? 'steps']})\n`;
  return { stdout: I?.stdout ?? '', stderr, status: end.status, trace };
}

const LIMIT_FLAG = { steps: '--max-steps', time: '--max-ms', heap: '--max-heap' } as const;

function endOf(e: unknown, I: Interp | null, file: string): RunEnd {
  const last = I?.lastSpan ?? { l: 0, c: 0, el: 0, ec: 0 };
  if (e instanceof RustPanic) {
    I?.reportPanic(e);
    if (I) dropPanicMessage(I, e);
    return { kind: 'panic', status: 101, message: e.message, line: e.span.l + 1, column: e.span.c + 1, thread: 'main', ...(e.notes?.length ? { notes: e.notes } : {}) };
  }
  if (e instanceof StackOverflow) {
    const thread = e.thread ?? 'main';
    I?.write('stderr', `\nthread '${thread}' has overflowed its stack\nfatal runtime error: stack overflow, aborting\n`);
    return { kind: 'overflow', status: 134, thread, line: e.span.l + 1, column: e.span.c + 1, frameSize: e.frameSize, depth: e.depth, budget: e.budget };
  }
  if (e instanceof UndefinedBehaviour) return { kind: 'ub', status: UB_STATUS, message: e.message, line: e.span.l + 1, column: e.span.c + 1 };
  if (e instanceof Rejected) return { kind: 'rejected', status: 2, code: e.code, message: e.message, line: e.line, column: e.column, ...(e.borrowck ? { borrowck: true as const } : {}) };
  if (e instanceof StepLimit) return { kind: 'step-limit', status: 2, limit: e.limit, ...(e.by !== 'steps' ? { by: e.by } : {}), line: e.span.l + 1, column: e.span.c + 1 };
  if (e instanceof RustExit) return { kind: 'exit', status: e.code as 0 };
  if (e instanceof Unsupported) {
    const sp = e.span ?? last;
    return { kind: 'unsupported', status: 2, what: e.what, line: sp.l + 1, column: sp.c + 1 };
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return { kind: 'unsupported', status: 2, what: 'recursion deeper than the simulator host stack allows (run it in a worker with a larger stack)', line: last.l + 1, column: last.c + 1 };
  }
  const msg = e instanceof Error ? `${e.message}` : String(e);
  return { kind: 'unsupported', status: 2, what: `internal simulator error (${msg})`, line: last.l + 1, column: last.c + 1 };
}

export { where };
