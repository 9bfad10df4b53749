// The indexes of a trace that the editor's hovers and inlay hints read: the life of every
// variable, the drop and move hints, each line's first step. Each takes a pass that decodes every
// step of the trace, a long stall for a run of 200,000 steps; built where
// the run was made (the language server's simulation worker), they cross to the server with the
// trace as plain data and are adopted there, so no request on the server's thread builds them.
import type { Trace } from '../../../../protocol/trace';
import type { Tree } from '../parse/parser';
import { adoptFirstStepsByLine, firstStepsByLine } from '../../../../protocol/navigation';
import { adoptLifeIndex, lifeIndex, type LifeIndex } from '../diagnostics/life/index';
import { adoptLifeHints, lifeHints, type LifeHint } from '../diagnostics/life/hints';

export interface TraceViews {
  life: LifeIndex;
  lifeHints: LifeHint[];
  firstSteps: Map<number, number>;
}

/** The views of `trace`; `tree` is of the text that ran (scope-end drops show after its braces). */
export function traceViews(trace: Trace, tree: Tree): TraceViews {
  return { life: lifeIndex(trace), lifeHints: lifeHints(trace, tree), firstSteps: firstStepsByLine(trace) };
}

/**
 * Makes `views`, built from another copy of `trace` and a tree of the same text, the views of
 * `trace` and `tree` here: the features' lookups then find them instead of building their own.
 */
export function adoptTraceViews(trace: Trace, tree: Tree, views: TraceViews): void {
  adoptLifeIndex(trace, views.life);
  adoptLifeHints(trace, tree, views.lifeHints);
  adoptFirstStepsByLine(trace, views.firstSteps);
}
