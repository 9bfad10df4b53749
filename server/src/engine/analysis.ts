// The per-document pipeline shared by every front end (language server, `rustmem check`):
// static checks read the syntax tree; trace checks also read the trace of a simulated run. The
// lists of checks live in checks.ts. A check that throws loses only its own findings and the other
// checks still report; the failure itself becomes an `internal-error` diagnostic, so a missing
// finding is never mistaken for a clean file (a CI gate fails instead of passing silently).
import type { EngineDiagnostic } from './diagnostic';
import { internalError } from './internalError';
import { tooDeepDiagnostic, tooDeepPlaces } from './tooDeep';
import type { Tree } from './parse/parser';
import type { RustMemorySettings } from '../../../protocol/settings';
import type { Trace } from '../../../protocol/trace';
import { STATIC_CHECKS, TRACE_CHECKS } from './checks';

/** What every check may read about the document it analyses. */
export interface AnalysisContext {
  /** The file as the front end names it: a path for the CLI, a URI for the language server. */
  file: string;
  text: string;
  /** The tree of `text`. Owned by the caller: checks must not `delete` or `edit` it. */
  tree: Tree;
  settings: RustMemorySettings;
}

/** A check over the source alone; it must also work on code that never runs. */
export type StaticCheck = (ctx: AnalysisContext) => EngineDiagnostic[];

/** A check over the facts of a simulated run of the same text. */
export type TraceCheck = (ctx: AnalysisContext, trace: Trace) => EngineDiagnostic[];

/**
 * A check with the name its failures are reported under. Written out, not taken from the
 * function: a minified bundle renames functions.
 */
export interface Named<C> {
  readonly name: string;
  readonly run: C;
  /**
   * The check walks the syntax tree recursively: on a file nested deeper than `MAX_SYNTAX_DEPTH`
   * it does not run, and a `too-deep` warning at the place names it.
   */
  readonly recursive?: boolean;
}

/** A check that threw: the front end logs it (with the stack); the user sees an `internal-error`. */
export interface CheckFailure {
  check: string;
  error: unknown;
}

export type FailureSink = (failure: CheckFailure) => void;

function runEach<A extends unknown[]>(
  checks: readonly Named<(...args: A) => EngineDiagnostic[]>[],
  args: A,
  onError: FailureSink,
): EngineDiagnostic[] {
  const out: EngineDiagnostic[] = [];
  for (const check of checks) {
    try {
      out.push(...check.run(...args));
    } catch (error) {
      onError({ check: check.name, error });
      out.push(internalError(check.name, error));
    }
  }
  return out;
}

export function runStaticChecks(
  ctx: AnalysisContext,
  onError: FailureSink,
  checks: readonly Named<StaticCheck>[] = STATIC_CHECKS,
): EngineDiagnostic[] {
  const steps = staticCheckSteps(ctx, onError, checks);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The static checks one at a time: the generator pauses before each check, so a host with other
 * work (the language server answering hovers) can yield between them and stop when the text it
 * analyses is no longer current. Returns the findings of `runStaticChecks`.
 */
export function* staticCheckSteps(
  ctx: AnalysisContext,
  onError: FailureSink,
  checks: readonly Named<StaticCheck>[] = STATIC_CHECKS,
): Generator<void, EngineDiagnostic[]> {
  const deep = checks.some((c) => c.recursive) ? tooDeepPlaces(ctx.tree) : [];
  const run = deep.length === 0 ? checks : checks.filter((c) => !c.recursive);
  const out: EngineDiagnostic[] = [];
  for (const check of run) {
    yield;
    out.push(...runEach([check], [ctx], onError));
  }
  if (deep.length === 0) return out;
  const skipped = checks.filter((c) => c.recursive).map((c) => c.name);
  return [...out, ...deep.map((node) => tooDeepDiagnostic(node, skipped))];
}

/**
 * The trace checks. Not on a file with syntax errors: the simulator does not run such a file, and
 * saying so again at the error would repeat the `syntax-error` diagnostic.
 */
export function runTraceChecks(
  ctx: AnalysisContext,
  trace: Trace,
  onError: FailureSink,
  checks: readonly Named<TraceCheck>[] = TRACE_CHECKS,
): EngineDiagnostic[] {
  if (ctx.tree.rootNode.hasError) return [];
  return runEach(checks, [ctx, trace], onError);
}

/**
 * All diagnostics of one document: the static checks, plus the trace checks when a trace of the
 * same text is given. Sorted by position so every front end lists them in the same order.
 */
export function analyzeDocument(ctx: AnalysisContext, trace: Trace | null | undefined, onError: FailureSink): EngineDiagnostic[] {
  const found = runStaticChecks(ctx, onError);
  return trace ? withTraceFindings(found, runTraceChecks(ctx, trace, onError)) : sortDiagnostics(found);
}

/**
 * The static findings joined by those of a run of the same text, sorted. A run of a program that
 * uses a moved value stops at that use as `unsupported`; where `use-after-move` already reports the
 * line, rustc rejects the program there and saying it twice would only add noise.
 */
export function withTraceFindings(staticFound: readonly EngineDiagnostic[], traceFound: readonly EngineDiagnostic[]): EngineDiagnostic[] {
  const movedUseLines = new Set(staticFound.filter((d) => d.code === 'use-after-move').map((d) => d.span.start.line));
  const kept = traceFound.filter((d) => !(d.code === 'unsupported' && movedUseLines.has(d.span.start.line)));
  return sortDiagnostics([...staticFound, ...kept]);
}

export function sortDiagnostics(diagnostics: EngineDiagnostic[]): EngineDiagnostic[] {
  return diagnostics.sort(
    (a, b) => a.span.start.line - b.span.start.line || a.span.start.character - b.span.start.character,
  );
}
