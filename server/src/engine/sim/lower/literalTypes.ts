// What the simulator takes from the type checker, keyed by source position (macro arguments are
// re-parsed at their own positions, so offsets differ but positions agree):
// - the type of each unsuffixed number literal: `let n = 5;` is a `u64` when `n` is later added
//   to a `u64`, an `i32` when nothing constrains it; one the checker could not type stays flexible;
// - the type of each binding, as the trace names it, when the checker knows it fully.
import type { FrontEnd } from '../../frontEnd';
import type { Lit, Pat } from '../../syntax/ast';
import { typeName } from '../../typeck';
import { someTy, type Ty } from '../../typeck/ty';

export type LiteralTypes = ReadonlyMap<string, string>;
export type BindingTypes = ReadonlyMap<string, string>;

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

/** A type the trace can show as is: nothing unknown, generic or unnameable in it. */
function showable(t: Ty): boolean {
  return !someTy(t, (x) => ['error', 'infer', 'param', 'proj', 'opaque', 'closure', 'fnDef', 'never'].includes(x.k));
}

/** Each binding's type by the position of its pattern and of its name. */
export function bindingTypes(fe: FrontEnd): BindingTypes {
  const out = new Map<string, string>();
  const types = fe.types.results.patTypes;
  const stack: unknown[] = [fe.ast.root];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object') stack.push(x);
      continue;
    }
    const o = v as Pat;
    if (o.kind === 'IdentPat') {
      const t = types.get(o.id);
      if (t && showable(t)) {
        const name = typeName(t);
        for (const s of [o.span, o.name.span]) out.set(positionKey(s.line, s.character, s.endLine, s.endCharacter), name);
      }
    }
    for (const [k, x] of Object.entries(o)) if (k !== 'span' && x && typeof x === 'object') stack.push(x);
  }
  return out;
}
