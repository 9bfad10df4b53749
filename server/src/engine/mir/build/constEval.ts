// Array lengths the type checker leaves unevaluated (`[0u64; 2 * 1024 * 1024]`, `[0; N]`): integer
// arithmetic over literals and the file's `const` items, as rustc's const evaluation gives them.
// Anything else is not evaluable (undefined), never guessed.
import type * as A from '../../syntax/ast';
import type { Ty } from '../../typeck/ty';
import type { Builder } from './builder';

export function evalConstInt(b: Builder, e: A.Expr, depth = 0): bigint | undefined {
  if (depth > 32) return undefined;
  const ev = (x: A.Expr) => evalConstInt(b, x, depth + 1);
  switch (e.kind) {
    case 'Lit': return e.lit.kind === 'Int' ? e.lit.value : undefined;
    case 'Paren': case 'Cast': return ev(e.expr);
    case 'BlockExpr': {
      const only = e.block.stmts.length === 1 ? e.block.stmts[0] : undefined;
      return only?.kind === 'ExprStmt' && !only.semi ? ev(only.expr) : undefined;
    }
    case 'Unary': {
      const v = ev(e.expr);
      return v === undefined ? undefined : e.op === 'Neg' ? -v : undefined;
    }
    case 'Binary': {
      const l = ev(e.lhs);
      const r = ev(e.rhs);
      if (l === undefined || r === undefined) return undefined;
      switch (e.op) {
        case '+': return l + r;
        case '-': return l - r;
        case '*': return l * r;
        case '/': return r === 0n ? undefined : l / r;
        case '%': return r === 0n ? undefined : l % r;
        case '<<': return l << r;
        case '>>': return l >> r;
        case '&': return l & r;
        case '|': return l | r;
        case '^': return l ^ r;
        default: return undefined;
      }
    }
    case 'PathExpr': {
      const r = b.cx.names.resolve(e.path);
      if (r.res.kind === 'Def' && r.unresolved === 0 && r.res.def.kind === 'const' && r.res.def.node.value) return ev(r.res.def.node.value);
      return undefined;
    }
    default: return undefined;
  }
}

/** `ty` with the length of a `[x; n]` array filled in when the checker left it open. */
export function withArrayLen(b: Builder, ty: Ty, e: A.Expr): Ty {
  if (ty.k !== 'array' || ty.len !== undefined) return ty;
  const count = e.kind === 'Repeat' ? evalConstInt(b, e.count) : e.kind === 'MacCallExpr' && e.mac.args.kind === 'Repeat' ? undefined : undefined;
  return count === undefined || count < 0n ? ty : b.tcx.array(ty.elem, Number(count));
}
