// Field privacy (E0616): a field declared without `pub` is visible only inside the module that
// declares its struct, and that module's descendants. The user's modules are inline (`mod m { … }`),
// so "inside" is a matter of text: the access lies within the innermost module around the struct.
import type * as A from '../../syntax/ast';
import type { AdtDef } from '../defs';
import type { FnCtxt } from './ctxt';

function within(inner: { start: number; end: number }, outer: A.Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * The user's modules by start offset, each with the index of the module around it (-1 at the
 * crate root): modules nest or are disjoint, so the innermost module around a span is the last one
 * starting before it or one of that one's parents. Made once per program; a scan of every module
 * per field access made a long file of many modules quadratic.
 */
interface ModuleIndex {
  spans: A.Span[];
  parent: Int32Array;
}

const indexes = new WeakMap<FnCtxt['p'], ModuleIndex>();

function moduleIndex(cx: FnCtxt): ModuleIndex {
  let index = indexes.get(cx.p);
  if (!index) {
    const spans = [...cx.p.userModules].sort((a, b) => a.start - b.start || b.end - a.end);
    const parent = new Int32Array(spans.length);
    const open: number[] = [];
    spans.forEach((m, i) => {
      while (open.length && !within(m, spans[open[open.length - 1]!]!)) open.pop();
      parent[i] = open.length ? open[open.length - 1]! : -1;
      open.push(i);
    });
    indexes.set(cx.p, (index = { spans, parent }));
  }
  return index;
}

function homeModule(cx: FnCtxt, at: A.Span): A.Span | undefined {
  const { spans, parent } = moduleIndex(cx);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i = parent[i]!) if (within(at, spans[i]!)) return spans[i];
  return undefined;
}

/** rustc's E0616 message when `at` may not see the struct's field `name`; undefined when it may. */
export function privateFieldMessage(cx: FnCtxt, def: AdtDef, name: string, at: A.Span): string | undefined {
  if (def.std || def.adt !== 'struct' || def.node.kind !== 'Struct' || def.node.data.kind === 'Unit') return undefined;
  const fields = def.node.data.fields;
  const field = fields.find((f, i) => (f.name?.name ?? String(i)) === name);
  if (!field || field.vis.kind !== 'Inherited') return undefined;
  const module = homeModule(cx, def.node.span);
  if (!module || within(at, module)) return undefined;
  return `field \`${name}\` of struct \`${def.name}\` is private`;
}
