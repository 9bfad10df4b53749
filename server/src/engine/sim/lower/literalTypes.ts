// The type rustc gives each unsuffixed number literal, from the type checker: `let n = 5;` is a
// `u64` when `n` is later added to a `u64`, an `i32` when nothing constrains it. Keyed by the
// literal's position (macro arguments are re-parsed at their own positions, so offsets differ but
// positions agree). A literal the checker could not type is absent: it stays flexible.
import type { FrontEnd } from '../../frontEnd';
import type { Lit } from '../../syntax/ast';

export type LiteralTypes = ReadonlyMap<string, string>;

export function positionKey(l: number, c: number, el: number, ec: number): string {
  return `${l}:${c}:${el}:${ec}`;
}

export function literalTypes(fe: FrontEnd): LiteralTypes {
  const out = new Map<string, string>();
  const types = fe.types.results.exprTypes;
  const stack: unknown[] = [fe.ast.root];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object') stack.push(x);
      continue;
    }
    const o = v as { kind?: string; id?: number; lit?: Lit };
    if (o.kind === 'Lit' && o.id !== undefined && o.lit && (o.lit.kind === 'Int' || o.lit.kind === 'Float') && !o.lit.suffix) {
      const t = types.get(o.id);
      if (t && (t.k === 'int' || t.k === 'float')) {
        const s = o.lit.span;
        out.set(positionKey(s.line, s.character, s.endLine, s.endCharacter), t.name);
      }
      continue;
    }
    for (const [k, x] of Object.entries(o)) if (k !== 'span' && x && typeof x === 'object') stack.push(x);
  }
  return out;
}
