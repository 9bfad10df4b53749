// A frame's composition in bytes, as the frame model lays it out (FrameState.parts). The one place
// the panel reads a frame's parts: a different frame model changes this function only.
import type { FrameState } from '../../protocol/trace';

export interface FramePart {
  /** CSS class suffix and test handle. */
  key: 'params' | 'locals' | 'temps' | 'spills' | 'metadata' | 'linkage' | 'padding';
  label: string;
  bytes: number;
}

/** The parts of a frame that hold bytes, in the order a frame is built; undefined when unknown. */
export function frameComposition(f: FrameState): FramePart[] | undefined {
  const p = f.parts;
  if (!p) return undefined;
  const all: FramePart[] = [
    { key: 'params', label: 'parameters', bytes: p.params },
    { key: 'locals', label: 'locals', bytes: p.locals },
    { key: 'temps', label: 'temporaries', bytes: p.temps },
    { key: 'spills', label: 'spill slots', bytes: p.spills },
    { key: 'metadata', label: 'fat-pointer metadata', bytes: p.metadata },
    { key: 'linkage', label: 'return address', bytes: p.linkage },
    { key: 'padding', label: 'padding', bytes: p.padding },
  ];
  return all.filter((x) => x.bytes > 0);
}
