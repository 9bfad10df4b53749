// The registry of checks every front end runs (see analysis.ts). Adding a diagnostic is one import
// and one entry here: static checks read the source, trace checks the simulated run. Each entry
// carries the stable name an `internal-error` reports when the check fails.
import type { Named, StaticCheck, TraceCheck } from './analysis';
import { syntaxErrors } from './syntaxErrors';
import { rustcSyntaxError } from './rustcSyntaxErrors';
import { frontEnd } from './frontEnd';
import { typeDiagnostics } from './typeck/diagnostics';
import { borrowDiagnostics } from './borrowck';
import { annotationStaticCheck, annotationTraceCheck } from './annotations';
import { useAfterMove } from './diagnostics/useAfterMove';
import { largeStackArrays } from './diagnostics/stack/arrays';
import { largeStackFrames } from './diagnostics/stack/largeFrame';
import { recursionChecks } from './diagnostics/stack/recursion';
import { rcCyclePossible } from './diagnostics/rc/cyclePossible';
import { rcCycles } from './diagnostics/trace/rcCycle';
import { reallocsInLoops } from './diagnostics/trace/reallocInLoop';
import { runEndChecks } from './diagnostics/trace/runEnd';

function syntaxErrorCheck(ctx: Parameters<StaticCheck>[0]) {
  const found = syntaxErrors(ctx.tree, ctx.text);
  // Where rustc's own error is known, it stands for tree-sitter's reading of the same line.
  const rustc = rustcSyntaxError(ctx.tree, ctx.text);
  return rustc ? [rustc, ...found.filter((d) => d.span.start.line !== rustc.span.start.line)] : found;
}

/** rustc's errors for names that name nothing, duplicate definitions and bindings (E0425, E0433, …). */
function frontEndErrors(ctx: Parameters<StaticCheck>[0]) {
  // On a file that does not parse, rustc stops at the syntax error; what the error-recovering
  // tree makes of the rest (a `let` swallowed by the next line) is no evidence of a wrong name.
  if (ctx.tree.rootNode.hasError) return [];
  return frontEnd(ctx.tree, ctx.text).diagnostics;
}

/** rustc's type errors where the checker is certain (E0308, E0061, …); silent wherever a type is unknown. */
function typeErrors(ctx: Parameters<StaticCheck>[0]) {
  if (ctx.tree.rootNode.hasError) return [];
  return typeDiagnostics(frontEnd(ctx.tree, ctx.text).types.results);
}

/** rustc's borrow-checker errors (E0499, E0502, E0597, …) on the MIR of each function; silent where it cannot be sure. */
function borrowErrors(ctx: Parameters<StaticCheck>[0]) {
  if (ctx.tree.rootNode.hasError) return [];
  return borrowDiagnostics(frontEnd(ctx.tree, ctx.text));
}

export const STATIC_CHECKS: readonly Named<StaticCheck>[] = [
  { name: 'syntax-error', run: syntaxErrorCheck },
  { name: 'name resolution', run: frontEndErrors },
  { name: 'type checking', run: typeErrors, recursive: true },
  { name: 'borrow checking', run: borrowErrors, recursive: true },
  { name: 'annotations', run: annotationStaticCheck, recursive: true },
  { name: 'use-after-move', run: useAfterMove, recursive: true },
  { name: 'large-stack-array', run: largeStackArrays, recursive: true },
  { name: 'large-stack-frame', run: largeStackFrames, recursive: true },
  { name: 'recursion', run: recursionChecks, recursive: true },
  { name: 'rc-cycle-possible', run: rcCyclePossible, recursive: true },
];

export const TRACE_CHECKS: readonly Named<TraceCheck>[] = [
  { name: 'annotations (run)', run: annotationTraceCheck },
  { name: 'rc-cycle', run: rcCycles },
  { name: 'realloc-in-loop', run: reallocsInLoops },
  { name: 'run-end', run: runEndChecks },
];
