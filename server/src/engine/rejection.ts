// Whether rustc rejects a program, and for which first error: a run refuses such a program (or,
// on request, runs it as if accepted when only the borrow checker rejects it). Decided from the
// front end's and the borrow checker's results, which are cached per tree, so a caller whose static
// checks already ran on the tree (the language server) decides it at no cost and hands the verdict
// to the simulation worker (SimulateOptions.rejection) instead of the worker checking the file again.
import type { EngineDiagnostic } from './diagnostic';
import type { Tree } from './parse/parser';
import { DEFAULT_SETTINGS } from '../../../protocol/settings';
import { rejectionOf } from './frontEnd';
import { useAfterMove } from './diagnostics/useAfterMove';

/** The first error for which rustc rejects a program, and whether only the borrow checker rejects it. */
export type Rejection = { error: EngineDiagnostic; byBorrowck: boolean };

/** Whether rustc rejects the program of `tree` (the tree of `source`), and for which first error; a run refuses it. */
export function programRejection(file: string, source: string, tree: Tree): Rejection | null {
  return firstRejection(rejectionOf(tree, source), () => useAfterMoveRejection(file, source, tree)) ?? null;
}

/** rustc's first error: a name or type error stops it before borrow checking; among borrow errors, the earliest. */
function firstRejection(front: Rejection | undefined, moved: () => Rejection | undefined): Rejection | undefined {
  if (front && !front.byBorrowck) return front;
  const m = moved();
  if (!front || !m) return front ?? m;
  const a = front.error.span.start;
  const b = m.error.span.start;
  return b.line < a.line || (b.line === a.line && b.character < a.character) ? m : front;
}

/**
 * Use after move (E0382), from the same borrow checker as the front end's rejection but reported
 * by the `use-after-move` check (with its quick fixes): a program that has one is refused like any
 * other borrow error, and a run as if accepted shows the double free the rule prevents.
 */
function useAfterMoveRejection(file: string, text: string, tree: Tree): { error: EngineDiagnostic; byBorrowck: true } | undefined {
  const error = useAfterMove({ file, text, tree, settings: DEFAULT_SETTINGS }).find((d) => d.severity === 'error');
  // rustc's own words are the message's first clause ("use of moved value: `name`").
  const words = error && /^((?:use|borrow) of (?:partially )?moved value: `[^`]+`)/.exec(error.message)?.[1];
  return error ? { error: { ...error, code: 'E0382', message: words ?? error.message }, byBorrowck: true } : undefined;
}
