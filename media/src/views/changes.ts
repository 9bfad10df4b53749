// What the current step changed, read from its deltas: the views highlight these.
import type { Step } from '../../../protocol/trace';

export interface Changes {
  frames: Set<number>;
  vars: Set<number>;
  blocks: Set<number>;
}

export function changesOf(step: Step | undefined): Changes {
  const c: Changes = { frames: new Set(), vars: new Set(), blocks: new Set() };
  if (!step) return c;
  for (const d of step.deltas) {
    if (d.op === 'push-frame') c.frames.add(d.frame.id);
    else if (d.op === 'set-var') c.vars.add(d.var.id);
    else if (d.op === 'set-block') c.blocks.add(d.block.id);
  }
  return c;
}
