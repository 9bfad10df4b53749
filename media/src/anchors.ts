// Where arrows start and end: the views register the element that stands for each variable,
// heap block and pointer, and the arrow layer looks them up after the views have rendered.
import type { Pointer } from '../../protocol/trace';

export type TargetKey = `var:${number}` | `block:${number}`;

export function targetKey(t: Pointer['target']): TargetKey {
  return t.kind === 'var' ? `var:${t.id}` : `block:${t.id}`;
}

/** One arrow source: the element the arrow leaves from, and the pointer it draws. */
export interface ArrowSource {
  from: Element;
  /** The source is a heap block (arrows leave on its right and may loop back to another block). */
  fromBlock: number | undefined;
  pointer: Pointer;
}

export class Anchors {
  readonly targets = new Map<TargetKey, Element>();
  sources: ArrowSource[] = [];
}
