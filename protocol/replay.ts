/**
 * Rebuilds the memory state at any step of a trace from the nearest checkpoint and the deltas
 * after it. Pure code shared by the webview (which draws it), the language server (hover
 * summaries) and the CLI. It never mutates the trace.
 */
import type { Checkpoint, MemoryState, StateDelta, Trace } from './trace';

/** A deep copy of a state, so applying deltas never touches a checkpoint. */
export function cloneState(state: MemoryState): MemoryState {
  return {
    frames: state.frames.map((f) => ({ ...f, vars: f.vars.slice() })),
    blocks: state.blocks.slice(),
  };
}

export function applyDelta(state: MemoryState, delta: StateDelta): void {
  switch (delta.op) {
    case 'push-frame':
      state.frames.push({ ...delta.frame, vars: delta.frame.vars.slice() });
      break;
    case 'pop-frame':
      state.frames = state.frames.filter((f) => f.id !== delta.frame);
      break;
    case 'set-var': {
      const frame = state.frames.find((f) => f.id === delta.frame);
      if (!frame) break;
      const i = frame.vars.findIndex((v) => v.id === delta.var.id);
      if (i === -1) frame.vars.push(delta.var);
      else frame.vars[i] = delta.var;
      break;
    }
    case 'remove-var': {
      const frame = state.frames.find((f) => f.id === delta.frame);
      if (frame) frame.vars = frame.vars.filter((v) => v.id !== delta.var);
      break;
    }
    case 'set-block': {
      const i = state.blocks.findIndex((b) => b.id === delta.block.id);
      if (i === -1) state.blocks.push(delta.block);
      else state.blocks[i] = delta.block;
      break;
    }
    case 'free-block':
      state.blocks = state.blocks.filter((b) => b.id !== delta.block);
      break;
  }
}

/** The last checkpoint at or before `step` (binary search: checkpoints are sorted by step). */
export function checkpointBefore(checkpoints: readonly Checkpoint[], step: number): Checkpoint | undefined {
  let lo = 0;
  let hi = checkpoints.length - 1;
  let found: Checkpoint | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = checkpoints[mid]!;
    if (c.step <= step) {
      found = c;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The state after step `step` ran (0-based index into `trace.steps`). `step = -1` is the state
 * before the first step.
 */
export function replayState(trace: Trace, step: number): MemoryState {
  const last = Math.min(step, trace.steps.length - 1);
  const start = checkpointBefore(trace.checkpoints, Math.max(last, 0));
  const state: MemoryState = start ? cloneState(start.state) : { frames: [], blocks: [] };
  const from = start ? start.step : 0;
  for (let i = from; i <= last; i++) {
    for (const d of trace.steps.at(i)!.deltas) applyDelta(state, d);
  }
  return state;
}
