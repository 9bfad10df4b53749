// A trait impl's items against its trait, as rustc checks them before any body: a method the trait
// does not declare (E0407), items the trait requires that the impl leaves out (E0046), a method
// whose signature is not the trait's (E0053), and the orphan rule (E0117). A std trait is judged
// only from the full item lists of stdTraitItems.ts; a signature only where both sides are fully
// known types (no generic method, no projection, no unknown type).
import type * as A from '../syntax/ast';
import type { ImplDef, TraitDef } from './defs';
import type { Program } from './program';
import type { TypeError } from './results';
import { declaredSig } from './check/sig';
import { requiredStdItems, STD_TRAIT_ITEMS } from './stdTraitItems';
import { implHeader } from './traits';
import { HAS_ERROR, HAS_INFER, HAS_OPAQUE, HAS_PARAM, HAS_PROJ, substitute, type TraitRef, type Ty } from './ty';

export function implErrors(p: Program): TypeError[] {
  const errors: TypeError[] = [];
  for (const impl of p.impls) {
    if (impl.std || !impl.node.trait || impl.node.negative) continue;
    if (impl.node.items.some((i) => i.kind === 'MacroCallItem' || i.kind === 'Unsupported')) continue;
    const trait = implHeader(p, impl).trait;
    if (!trait) continue;
    const def = trait.def as TraitDef;
    if (def.kind !== 'trait') continue;
    if (def.std) stdTraitItems(impl, def, errors);
    else userTraitItems(p, impl, def, trait, errors);
    orphan(p, impl, trait, errors);
  }
  return errors;
}

function pathText(path: A.Path): string {
  return path.segments.map((s) => s.ident.name).join('::');
}

function missing(impl: ImplDef, names: readonly string[], errors: TypeError[]): void {
  if (names.length === 0) return;
  errors.push({ code: 'E0046', message: `not all trait items implemented, missing: ${names.map((n) => `\`${n}\``).join(', ')}`, span: impl.node.span });
}

function notMember(impl: ImplDef, fn: A.FnItem, errors: TypeError[]): void {
  errors.push({ code: 'E0407', message: `method \`${fn.name.name}\` is not a member of trait \`${pathText(impl.node.trait!)}\``, span: fn.name.span });
}

function implNames(impl: ImplDef): Set<string> {
  return new Set(impl.node.items.flatMap((i) => ('name' in i ? [i.name.name] : [])));
}

function stdTraitItems(impl: ImplDef, def: TraitDef, errors: TypeError[]): void {
  const all = STD_TRAIT_ITEMS[def.name];
  if (all) for (const i of impl.node.items) if (i.kind === 'Fn' && !all.includes(i.name.name)) notMember(impl, i, errors);
  const required = requiredStdItems(def.name);
  const have = implNames(impl);
  if (required) missing(impl, required.filter((n) => !have.has(n)), errors);
}

function userTraitItems(p: Program, impl: ImplDef, def: TraitDef, trait: TraitRef, errors: TypeError[]): void {
  const items = def.node.items;
  if (items.some((i) => i.kind === 'MacroCallItem' || i.kind === 'Unsupported')) return;
  const declared = new Set(items.flatMap((i) => ('name' in i ? [i.name.name] : [])));
  for (const i of impl.node.items) {
    if (i.kind !== 'Fn') continue;
    if (!declared.has(i.name.name)) notMember(impl, i, errors);
    else signature(p, impl, def, trait, i.name.name, errors);
  }
  const have = implNames(impl);
  const required = items.filter((i) => (i.kind === 'Fn' && !i.body) || (i.kind === 'TypeAlias' && !i.ty) || (i.kind === 'Const' && !i.value));
  missing(impl, required.flatMap((i) => ('name' in i && !have.has(i.name.name) ? [i.name.name] : [])), errors);
}

function known(t: Ty): boolean {
  return (t.flags & (HAS_ERROR | HAS_INFER | HAS_PROJ | HAS_OPAQUE | HAS_PARAM)) === 0;
}

/** E0053 at the first parameter (the receiver first) or the return type that differs from the trait's. */
function signature(p: Program, impl: ImplDef, def: TraitDef, trait: TraitRef, name: string, errors: TypeError[]): void {
  const tm = def.methods.get(name);
  const im = impl.methods.get(name);
  if (!tm || !im) return;
  const generic = (f: A.FnItem): boolean => f.generics.params.some((g) => g.kind !== 'LifetimeParam');
  if (generic(tm.node) || generic(im.node)) return;
  const ts = tm.node.sig;
  const is = im.node.sig;
  if (!!ts.selfParam !== !!is.selfParam || ts.params.length !== is.params.length) return;
  if (ts.selfParam?.ty || is.selfParam?.ty) return;
  const incompatible = (span: A.Span): void => {
    errors.push({ code: 'E0053', message: `method \`${name}\` has an incompatible type for trait`, span });
  };
  if (ts.selfParam && is.selfParam && ts.selfParam.mode !== is.selfParam.mode) return incompatible(is.selfParam.span);
  const { selfTy } = implHeader(p, impl);
  const args = [selfTy, ...trait.args];
  const tsig = declaredSig({ p }, tm);
  const isig = declaredSig({ p }, im);
  const offset = ts.selfParam ? 1 : 0;
  const differs = (a: Ty | undefined, b: Ty | undefined): boolean => {
    if (!a || !b) return false;
    const want = substitute(p.tcx, a, args);
    return known(want) && known(b) && want !== b;
  };
  for (let i = 0; i < is.params.length; i++) {
    if (differs(tsig.params[i + offset], isig.params[i + offset])) return incompatible(is.params[i]!.ty.span);
  }
  if (differs(tsig.ret, isig.ret)) return incompatible(is.ret?.span ?? im.node.name.span);
}

/** A type the current crate defines, for the orphan rule (`&T`, `&mut T` and `Box<T>` are fundamental). */
function local(t: Ty): boolean {
  if (t.k === 'ref') return local(t.inner);
  if (t.k === 'adt' && t.def.std && t.def.name === 'Box' && t.args[0]) return local(t.args[0]);
  if (t.k === 'adt') return !t.def.std;
  if (t.k === 'dyn') return t.traits.some((r) => !r.def.std);
  return false;
}

/** E0117: a std trait implemented for std types only (without generic parameters, which are E0210's). */
function orphan(p: Program, impl: ImplDef, trait: TraitRef, errors: TypeError[]): void {
  if (!trait.def.std || impl.generics.count > 0) return;
  const tys = [implHeader(p, impl).selfTy, ...trait.args];
  if (tys.some((t) => !known(t) || t.k === 'dyn') || tys.some(local)) return;
  errors.push({ code: 'E0117', message: 'only traits defined in the current crate can be implemented for types defined outside of the crate', span: impl.node.span });
}
