/**
 * Types as the program writes them (annotations, signatures, fields, casts, turbofish). The
 * simulator is dynamically typed at run time; these are used to give unsuffixed literals their
 * declared type, to pick `collect`/`parse`/`into` targets, for `size_of`, and for display.
 * `checked` is the type checker's type this one was made from (or stands for); in a generic body
 * it may name the body's parameters, which the running call's instance fills in (Interp.concreteTy).
 * Sizes come from it when it is fully known (sim/layout.ts), never from the spelling.
 */
import type { Ty as Checked } from '../typeck/ty';

export type Ty = (
  | { k: 'path'; name: string; segs: string[]; args: Ty[]; text: string }
  /** A generic parameter of the enclosing item (`T`). */
  | { k: 'param'; name: string; text: string }
  | { k: 'ref'; mut: boolean; inner: Ty; text: string }
  | { k: 'ptr'; mut: boolean; inner: Ty; text: string }
  /** `closure`: a closure's type, spelled as the tuple of its upvars that rustc lays it out as. */
  | { k: 'tuple'; items: Ty[]; text: string; closure?: true }
  | { k: 'array'; elem: Ty; len: number; text: string }
  | { k: 'slice'; elem: Ty; text: string }
  | { k: 'dyn'; trait: string; text: string }
  | { k: 'impl'; trait: string; text: string }
  | { k: 'fn'; text: string }
  | { k: 'infer'; text: string }
  | { k: 'never'; text: string }
) & { readonly checked?: Checked };

export const INFER: Ty = { k: 'infer', text: '_' };
export const UNIT_TY: Ty = { k: 'tuple', items: [], text: '()' };

export function pathTy(name: string, args: Ty[] = []): Ty {
  const text = args.length ? `${name}<${args.map((a) => a.text).join(', ')}>` : name;
  return { k: 'path', name, segs: [name], args, text };
}

/** The first generic argument of a path type (`Vec<T>` → `T`). */
export function argOf(ty: Ty | undefined, i = 0): Ty | undefined {
  return ty && ty.k === 'path' ? ty.args[i] : undefined;
}

export function isInfer(ty: Ty | undefined): boolean {
  return !ty || ty.k === 'infer' || ty.k === 'param';
}

/** True when `ty` names a generic parameter somewhere (`T`, `Vec<T>`, `&[T]`). */
export function mentionsParam(ty: Ty | null | undefined): boolean {
  if (!ty) return false;
  switch (ty.k) {
    case 'param': return true;
    case 'ref': case 'ptr': return mentionsParam(ty.inner);
    case 'path': return ty.args.some(mentionsParam);
    case 'tuple': return ty.items.some(mentionsParam);
    case 'array': case 'slice': return mentionsParam(ty.elem);
    default: return false;
  }
}

/** True when a call site's types name a generic parameter: the site is made again per call (Interp.siteIn). */
export function siteMentionsParam(site: { generics: readonly Ty[]; expect: Ty | null; ty?: Ty | null }): boolean {
  return site.generics.some(mentionsParam) || mentionsParam(site.expect) || mentionsParam(site.ty ?? null);
}

/**
 * `ty` with each generic parameter `arg(name)` names replaced by it (the rest left as they are).
 * A part rebuilt gets `checkedOf` of its checker's type (the same substitution, done by the
 * caller on the checker's types), or none.
 */
export function mapParams(ty: Ty, arg: (name: string) => Ty | undefined, checkedOf?: (generic: Checked) => Checked | undefined): Ty {
  const checked = () => (ty.checked && checkedOf ? checkedOf(ty.checked) : undefined);
  switch (ty.k) {
    case 'param': return arg(ty.name) ?? ty;
    case 'ref': case 'ptr': {
      const inner = mapParams(ty.inner, arg, checkedOf);
      return inner === ty.inner ? ty : { ...ty, inner, text: `${ty.k === 'ref' ? '&' : '*'}${ty.mut ? 'mut ' : ty.k === 'ptr' ? 'const ' : ''}${inner.text}`, checked: checked() };
    }
    case 'path': {
      if (!ty.args.length) return ty;
      const a = ty.args.map((x) => mapParams(x, arg, checkedOf));
      return a.every((x, i) => x === ty.args[i]) ? ty : { ...ty, args: a, text: `${ty.name}<${a.map((x) => x.text).join(', ')}>`, checked: checked() };
    }
    case 'tuple': {
      const items = ty.items.map((x) => mapParams(x, arg, checkedOf));
      return items.every((x, i) => x === ty.items[i]) ? ty : { ...ty, items, text: ty.closure ? ty.text : items.length === 1 ? `(${items[0]!.text},)` : `(${items.map((x) => x.text).join(', ')})`, checked: checked() };
    }
    case 'array': case 'slice': {
      const elem = mapParams(ty.elem, arg, checkedOf);
      if (elem === ty.elem) return ty;
      return ty.k === 'array' ? { ...ty, elem, text: `[${elem.text}; ${ty.len}]`, checked: checked() } : { ...ty, elem, text: `[${elem.text}]`, checked: checked() };
    }
    default: return ty;
  }
}
