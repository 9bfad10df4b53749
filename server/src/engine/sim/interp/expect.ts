// Expected types flowing into expressions the simulator cannot type by itself: what `unwrap` must
// return tells `parse`/`collect` their target, and what a `collect`/`sum` consumes tells the `map`
// closure producing the items its return type.
import type { Expr } from '../ir';
import type { Ty } from '../types';

export const UNWRAPPING = new Set(['unwrap', 'expect', 'unwrap_or', 'unwrap_or_default', 'unwrap_or_else']);

/** Adapters whose items are their source's items. */
const SAME_ITEMS = new Set(['filter', 'rev', 'take', 'skip', 'skip_while', 'take_while', 'step_by', 'chain', 'peekable', 'inspect', 'fuse', 'cycle', 'into_iter']);

/**
 * `iter.map(|x| ... collect())...collect::<Vec<T>>()`: the map closure returns `T`. A consumer that
 * knows its item type (collect into a collection, sum, product) passes it to the closure producing
 * the items, so untyped `collect`/`parse`/`into` inside it have a target.
 */
export function hintItemType(e: Extract<Expr, { k: 'mcall' }>, expect: Ty): void {
  let item: Ty | undefined;
  if (e.name === 'collect') {
    const t = e.generics[0] ?? expect;
    if (t.k === 'path' && ['Vec', 'VecDeque', 'HashSet', 'BTreeSet', 'BinaryHeap', 'LinkedList'].includes(t.name)) item = t.args[0];
    else if (t.k === 'path' && (t.name === 'Option' || t.name === 'Result')) {
      const inner = t.args[0];
      if (inner && inner.k === 'path' && inner.name === 'Vec' && inner.args[0]) item = { ...t, args: [inner.args[0], ...t.args.slice(1)], text: t.text, checked: undefined };
    }
  } else if (e.name === 'sum' || e.name === 'product' || e.name === 'max' || e.name === 'min') item = e.generics[0] ?? expect;
  if (!item || item.k === 'infer' || item.k === 'param') return;
  let recv = e.recv;
  while (recv.k === 'mcall' && SAME_ITEMS.has(recv.name)) recv = recv.recv;
  if (recv.k !== 'mcall') return;
  const f = recv.args[0];
  if (!f || f.k !== 'closure' || f.fn.ret) return;
  if (recv.name === 'map') f.fn.retHint = item;
  else if (recv.name === 'filter_map') f.fn.retHint = { k: 'path', name: 'Option', segs: ['Option'], args: [item], text: `Option<${item.text}>` };
}

/** `Result<T, _>`: the expectation of something that is unwrapped to a `T`. */
export function resultOf(t: Ty): Ty {
  return { k: 'path', name: 'Result', segs: ['Result'], args: [t, { k: 'infer', text: '_' }], text: `Result<${t.text}, _>` };
}
