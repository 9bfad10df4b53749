// "Play drops": the end of a scope drops many values in one step of the trace (the simulator
// records a scope's drops together). To show them one at a time, the panel starts from the state
// before the step and frees, drop after drop, the blocks the step's events free up to that drop.
// Other changes of the step (the frame popped, variables removed) show when the walk ends.
import type { MemoryState, Step } from '../../protocol/trace';
import { applyDelta, cloneState } from '../../protocol/replay';

/** How many drops the step's events hold. */
export function dropCount(step: Step): number {
  let n = 0;
  for (const e of step.events) if (e.kind === 'drop') n++;
  return n;
}

/**
 * The memory while the step's drop number `k` (0-based) happens: `before` (the state before the
 * step, not modified) with every block freed by the events up to the next drop freed.
 */
export function stateAtDrop(before: MemoryState, step: Step, k: number): MemoryState {
  const freed = new Set<number>();
  let drops = 0;
  for (const e of step.events) {
    if (e.kind === 'drop' && drops++ > k) break;
    if (e.kind === 'free') freed.add(e.block);
  }
  const state = cloneState(before);
  for (const d of step.deltas) if (d.op === 'free-block' && freed.has(d.block)) applyDelta(state, d);
  return state;
}
