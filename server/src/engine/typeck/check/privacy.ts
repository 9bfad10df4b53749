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
 * The innermost module around each struct, found once per struct: a scan of every module per field
 * access made a long file of many modules quadratic.
 */
const homes = new WeakMap<AdtDef, A.Span | null>();

function homeModule(cx: FnCtxt, def: AdtDef): A.Span | undefined {
  let module = homes.get(def);
  if (module === undefined) {
    module = null;
    for (const m of cx.p.userModules) if (within(def.node.span, m) && (!module || within(m, module))) module = m;
    homes.set(def, module);
  }
  return module ?? undefined;
}

/** rustc's E0616 message when `at` may not see the struct's field `name`; undefined when it may. */
export function privateFieldMessage(cx: FnCtxt, def: AdtDef, name: string, at: A.Span): string | undefined {
  if (def.std || def.adt !== 'struct' || def.node.kind !== 'Struct' || def.node.data.kind === 'Unit') return undefined;
  const fields = def.node.data.fields;
  const field = fields.find((f, i) => (f.name?.name ?? String(i)) === name);
  if (!field || field.vis.kind !== 'Inherited') return undefined;
  const module = homeModule(cx, def);
  if (!module || within(at, module)) return undefined;
  return `field \`${name}\` of struct \`${def.name}\` is private`;
}
