// The memory state at any step, fast enough to scrub a 100,000-step trace. The trace's own
// checkpoints may be far apart, so the cursor keeps checkpoints of its own as it passes steps
// (every `interval` steps), and steps forward from the current state when that is closer than
// the nearest checkpoint. States handed out are the cursor's own: read them, never mutate them.
import type { Checkpoint, MemoryState, Trace } from '../../protocol/trace';
import { applyDelta, checkpointBefore, cloneState } from '../../protocol/replay';

export class StateCursor {
  private readonly checkpoints: Checkpoint[];
  private state: MemoryState = { frames: [], blocks: [] };
  /** The step whose deltas were applied last (-1: none). */
  private at = -1;

  constructor(
    private readonly trace: Trace,
    private readonly interval = 256,
  ) {
    this.checkpoints = trace.checkpoints.slice();
  }

  get step(): number {
    return this.at;
  }

  /** Checkpoints of a part that arrived later (they lie after every one known so far). */
  addCheckpoints(checkpoints: readonly Checkpoint[]): void {
    for (const c of checkpoints) {
      const before = checkpointBefore(this.checkpoints, c.step);
      if (before?.step === c.step) continue;
      const at = before ? this.checkpoints.indexOf(before) + 1 : 0;
      this.checkpoints.splice(at, 0, c);
    }
  }

  /** The state after step `step` ran (0-based; -1 is the state before the first step). */
  seek(step: number): MemoryState {
    const target = Math.max(-1, Math.min(step, this.trace.steps.length - 1));
    if (target === this.at) return this.state;
    const cp = target >= 0 ? checkpointBefore(this.checkpoints, target) : undefined;
    const fromCurrent = target > this.at ? target - this.at : Infinity;
    const fromCheckpoint = cp ? target - cp.step + 1 : target + 1;
    if (fromCheckpoint < fromCurrent) {
      this.state = cp ? cloneState(cp.state) : { frames: [], blocks: [] };
      this.at = cp ? cp.step - 1 : -1;
    }
    for (let i = this.at + 1; i <= target; i++) {
      if (i > 0 && i % this.interval === 0) this.remember(i);
      for (const d of this.trace.steps.at(i)!.deltas) applyDelta(this.state, d);
      this.at = i;
    }
    return this.state;
  }

  /** Keeps the state before step `i` as a checkpoint, unless one is already there. */
  private remember(i: number): void {
    const before = checkpointBefore(this.checkpoints, i);
    if (before?.step === i) return;
    const cp: Checkpoint = { step: i, state: cloneState(this.state) };
    const at = before ? this.checkpoints.indexOf(before) + 1 : 0;
    this.checkpoints.splice(at, 0, cp);
  }
}
