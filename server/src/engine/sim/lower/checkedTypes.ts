// The type checker's types converted to the simulator's type syntax, for the places where the
// simulator asks what type a value must have: the call of a std function whose result type rustc
// infers from later uses (`let mut v = Vec::with_capacity(10); v.push(1u8);` allocates room for
// ten `u8`s, not for ten values of unknown size).
import type { FrontEnd } from '../../frontEnd';
import type { CallExpr } from '../../syntax/ast';
import { typeName } from '../../typeck';
import type { Ty as Checked } from '../../typeck/ty';
import type { Ty } from '../types';
import { positionKey } from './literalTypes';

export type CallTypes = ReadonlyMap<string, Ty>;

/** The simulator's spelling of a fully known type; undefined for anything else. */
export function simTy(t: Checked): Ty | undefined {
  const text = typeName(t);
  switch (t.k) {
    case 'int': case 'float': case 'bool': case 'char': case 'str':
      return { k: 'path', name: text, segs: [text], args: [], text };
    case 'adt': {
      const args = t.args.map(simTy);
      if (args.some((a) => !a)) return undefined;
      return { k: 'path', name: t.def.name, segs: [t.def.name], args: args as Ty[], text };
    }
    case 'ref': case 'ptr': {
      const inner = simTy(t.inner);
      return inner && { k: t.k, mut: t.mut, inner, text };
    }
    case 'tuple': {
      const items = t.elems.map(simTy);
      return items.some((i) => !i) ? undefined : { k: 'tuple', items: items as Ty[], text };
    }
    case 'array': {
      const elem = simTy(t.elem);
      return elem && t.len !== undefined ? { k: 'array', elem, len: t.len, text } : undefined;
    }
    case 'slice': {
      const elem = simTy(t.elem);
      return elem && { k: 'slice', elem, text };
    }
    default:
      return undefined;
  }
}

/** The type of every call expression the checker knows fully, by the call's position. */
export function callTypes(fe: FrontEnd): CallTypes {
  const out = new Map<string, Ty>();
  const types = fe.types.results.exprTypes;
  const stack: unknown[] = [fe.ast.root];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object') stack.push(x);
      continue;
    }
    const o = v as CallExpr;
    if (o.kind === 'Call') {
      const t = types.get(o.id);
      const s = t && simTy(t);
      if (s) out.set(positionKey(o.span.line, o.span.character, o.span.endLine, o.span.endCharacter), s);
    }
    for (const [k, x] of Object.entries(o)) if (k !== 'span' && x && typeof x === 'object') stack.push(x);
  }
  return out;
}
