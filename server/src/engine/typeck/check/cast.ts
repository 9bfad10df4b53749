// Casts (`e as T`), judged as rustc judges them: a cast to an unsized type at once (E0620), every
// other cast after the integer/float fallback, when the operand's type is final (rustc checks
// casts after fallback, so `let f = 65.0; f as char` is judged with `f64`). Only the errors whose
// cause is certain from the two types: a non-`u8` number to `char` (E0604), a struct to a scalar
// (E0605), a reference to a scalar or `bool`/`char` to a float (E0606).
import type * as A from '../../syntax/ast';
import type { AdtDef } from '../defs';
import { typeName } from '../print';
import { BOOL, CHAR, INTS, type Ty } from '../ty';
import type { FnCtxt } from './ctxt';

export interface CastCheck {
  readonly from: Ty;
  readonly to: Ty;
  readonly span: A.Span;
}

/** What a cast's target tells its operand: a literal cast to a number takes that type, to `char` `u8`. */
export function castHint(cx: FnCtxt, target: Ty): Ty | undefined {
  const t = cx.shallow(target);
  if (t === CHAR) return INTS.u8;
  return t.k === 'int' || t.k === 'float' ? t : undefined;
}

/** E0620 at the cast; the other checks wait in `cx.casts` for `reportCasts`. */
export function checkCastTarget(cx: FnCtxt, from: Ty, to: Ty, span: A.Span): void {
  const t = cx.shallow(to);
  if (t.k === 'slice' || t.k === 'str' || t.k === 'dyn') {
    cx.error('E0620', `cast to unsized type: \`${typeName(from, { infer: cx.infer })}\` as \`${typeName(t, { infer: cx.infer })}\``, span);
    return;
  }
  cx.casts.push({ from, to, span });
}

export function reportCasts(cx: FnCtxt): void {
  for (const c of cx.casts) {
    const error = castError(cx, cx.resolved(c.from), cx.resolved(c.to));
    if (error) cx.error(error.code, error.message, c.span);
  }
}

function castError(cx: FnCtxt, from: Ty, to: Ty): { code: string; message: string } | undefined {
  if (!cx.certain(from) || !cx.certain(to)) return undefined;
  const show = (t: Ty): string => typeName(t, { infer: cx.infer });
  const scalar = to.k === 'int' || to.k === 'float' || to === BOOL || to === CHAR;
  if (!scalar) return undefined;
  if (to === CHAR && (from.k === 'float' || (from.k === 'int' && from !== INTS.u8))) {
    return { code: 'E0604', message: `only \`u8\` can be cast as \`char\`, not \`${show(from)}\`` };
  }
  if (from.k === 'ref') return { code: 'E0606', message: `casting \`${show(from)}\` as \`${show(to)}\` is invalid` };
  if ((from === BOOL || from === CHAR) && to.k === 'float') return { code: 'E0606', message: `casting \`${show(from)}\` as \`${show(to)}\` is invalid` };
  // Enums without fields cast to integers; structs (`String`, `Vec`, a user's) cast to nothing.
  if (from.k === 'adt' && (from.def as AdtDef).kind === 'adt' && (from.def as AdtDef).adt === 'struct') {
    return { code: 'E0605', message: `non-primitive cast: \`${show(from)}\` as \`${show(to)}\`` };
  }
  return undefined;
}
