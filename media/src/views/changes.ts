// What the current step changed, read from its deltas: the views highlight these.
import type { Step } from '../../../protocol/trace';
import { oldSize } from '../../../protocol/events';

export interface Realloc {
  fromCapacity: number;
  /** Bytes of the old block. */
  oldSize: number;
  /** Elements (bytes of a `String`) moved to the new block. */
  moved: number;
}

export interface Changes {
  frames: Set<number>;
  vars: Set<number>;
  blocks: Set<number>;
  /** Blocks reallocated at this step: the old block, freed, is drawn with its elements' move. */
  reallocs: Map<number, Realloc>;
}

export function changesOf(step: Step | undefined): Changes {
  const c: Changes = { frames: new Set(), vars: new Set(), blocks: new Set(), reallocs: new Map() };
  if (!step) return c;
  for (const e of step.events) {
    if (e.kind !== 'realloc') continue;
    // Several in one step (a loop in a call): the first old block and what it held.
    const first = c.reallocs.get(e.block);
    c.reallocs.set(e.block, { fromCapacity: first?.fromCapacity ?? e.fromCapacity, oldSize: first?.oldSize ?? oldSize(e), moved: first?.moved ?? e.moved ?? 0 });
  }
  for (const d of step.deltas) {
    if (d.op === 'push-frame') c.frames.add(d.frame.id);
    else if (d.op === 'set-var') c.vars.add(d.var.id);
    else if (d.op === 'set-block') c.blocks.add(d.block.id);
  }
  return c;
}
