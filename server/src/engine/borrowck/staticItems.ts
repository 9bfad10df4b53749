// Writes to an immutable `static` item (`static LIMIT: u32 = 10;` then `LIMIT = 20;`): E0594 for
// an assignment or compound assignment to it, E0596 for `&mut LIMIT`. rustc's borrow checker
// reports them wherever they are (in `unsafe` too); a `static mut` may be written. The MIR builder
// does not model statics as places, so this reads the Ast and the name resolution: only the
// static as a whole, named by a path that resolves to it, inside a function or closure body
// (a `const` or `static` initialiser is const-checked instead).
import type { FrontEnd } from '../frontEnd';
import type * as A from '../syntax/ast';
import type { BorrowError } from './errors';

interface Found {
  readonly statics: Map<A.NodeId, A.StaticItem>;
  readonly writes: { readonly expr: A.AssignExpr | A.AssignOpExpr | A.RefExpr; readonly target: A.PathExpr }[];
}

function peel(e: A.Expr): A.Expr {
  return e.kind === 'Paren' ? peel(e.expr) : e;
}

function collect(root: unknown): Found {
  const found: Found = { statics: new Map(), writes: [] };
  const stack: { node: unknown; inConst: boolean }[] = [{ node: root, inConst: false }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { node, inConst } = stack.pop()!;
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const n of node) stack.push({ node: n, inConst });
      continue;
    }
    const o = node as Record<string, unknown> & { kind?: string };
    let nested = inConst;
    if (o.kind === 'Static') found.statics.set((o as unknown as A.StaticItem).id, o as unknown as A.StaticItem);
    if (o.kind === 'Static' || o.kind === 'Const' || o.kind === 'ArrayType' || o.kind === 'Repeat') nested = true;
    // A function body is checked at run time again, wherever the function is declared.
    if (o.kind === 'Fn' || o.kind === 'Closure') nested = false;
    if (!inConst && (o.kind === 'Assign' || o.kind === 'AssignOp' || (o.kind === 'Ref' && o.isMut && !o.raw))) {
      const e = o as unknown as A.AssignExpr | A.AssignOpExpr | A.RefExpr;
      const target = peel(e.kind === 'Ref' ? e.expr : e.lhs);
      if (target.kind === 'PathExpr') found.writes.push({ expr: e, target });
    }
    for (const k in o) {
      if (k === 'span') continue;
      const v = o[k];
      if (v && typeof v === 'object') stack.push({ node: v, inConst: nested });
    }
  }
  return found;
}

/** rustc's span for the item in its label: `static LIMIT: u32`, without the value. */
function itemHead(item: A.StaticItem): A.Span {
  const { span, ty } = { span: item.span, ty: item.ty.span };
  return { start: span.start, line: span.line, character: span.character, end: ty.end, endLine: ty.endLine, endCharacter: ty.endCharacter };
}

export function staticItemErrors(fe: FrontEnd): BorrowError[] {
  // Most files declare no static: no walk for them.
  if (!fe.resolution.defs.some((d) => d.kind === 'Static')) return [];
  const { statics, writes } = collect(fe.ast);
  if (statics.size === 0) return [];
  const out: BorrowError[] = [];
  for (const { expr, target } of writes) {
    const r = fe.resolution.paths.get(target.path.id);
    if (!r || r.unresolved !== 0 || r.res.kind !== 'Def') continue;
    const def = fe.resolution.defs[r.res.def];
    const item = def?.kind === 'Static' ? statics.get(def.node) : undefined;
    // An attribute before the item would move the start of rustc's span; left out.
    if (!item || item.isMut || item.attrs.length > 0) continue;
    const name = item.name.name;
    out.push(expr.kind === 'Ref'
      ? {
          code: 'E0596', span: expr.span, message: `cannot borrow immutable static item \`${name}\` as mutable`, label: 'cannot borrow as mutable',
          related: [{ span: itemHead(item), message: 'this `static` cannot be borrowed as mutable' }],
        }
      : {
          code: 'E0594', span: expr.span, message: `cannot assign to immutable static item \`${name}\``, label: 'cannot assign',
          related: [{ span: itemHead(item), message: 'this `static` cannot be written to' }],
        });
  }
  return out;
}
