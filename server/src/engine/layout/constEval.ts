// Evaluates the constant expressions that decide layouts: array lengths (`[u8; 4 * N]`), const
// generic arguments and enum discriminants, read from the Ast. Only integer arithmetic over literals and the file's
// own `const` items; anything else is reported as not evaluable (null) rather than guessed.
import type { Expr } from '../syntax/ast';

/** Builds an evaluator that resolves names through `lookupConst` (a file's const items). */
export function makeConstEval(lookupConst: (name: string) => Expr | undefined): (expr: Expr) => bigint | null {
  const evaluating = new Set<string>();
  const cache = new Map<string, bigint | null>();
  const ev = (e: Expr): bigint | null => {
    switch (e.kind) {
      case 'Lit':
        return e.lit.kind === 'Int' ? e.lit.value : null;
      case 'Paren':
      case 'Cast':
        return ev(e.expr);
      case 'BlockExpr': {
        const only = e.block.stmts.length === 1 ? e.block.stmts[0] : undefined;
        return only?.kind === 'ExprStmt' ? ev(only.expr) : null;
      }
      case 'Unary': {
        const v = ev(e.expr);
        if (v === null) return null;
        return e.op === 'Neg' ? -v : e.op === 'Not' ? ~v : null;
      }
      case 'Binary': {
        const a = ev(e.lhs);
        const b = a === null ? null : ev(e.rhs);
        if (a === null || b === null) return null;
        switch (e.op) {
          case '+': return a + b;
          case '-': return a - b;
          case '*': return a * b;
          case '/': return b === 0n ? null : a / b;
          case '%': return b === 0n ? null : a % b;
          case '<<': return a << b;
          case '>>': return a >> b;
          case '&': return a & b;
          case '|': return a | b;
          case '^': return a ^ b;
          default: return null;
        }
      }
      case 'PathExpr': {
        const name = e.path.segments.at(-1)?.ident.name;
        if (name === undefined || e.path.qself) return null;
        if (cache.has(name)) return cache.get(name) ?? null;
        const def = lookupConst(name);
        if (!def || evaluating.has(name)) return null;
        evaluating.add(name);
        const v = ev(def);
        evaluating.delete(name);
        cache.set(name, v);
        return v;
      }
      default:
        return null;
    }
  };
  return ev;
}
