// What the simulator takes from the type checker, keyed by source position (macro arguments are
// re-parsed at their own positions, so offsets differ but positions agree), gathered in one walk
// over the program:
// - the type of each unsuffixed number literal: `let n = 5;` is a `u64` when `n` is later added
//   to a `u64`, an `i32` when nothing constrains it; one the checker could not type stays flexible;
// - the type of each binding, as the trace names it, when the checker knows it fully;
// - the type of each call whose result type rustc infers from later uses, in the simulator's type
//   syntax (`let mut v = Vec::with_capacity(10); v.push(1u8);` allocates room for ten `u8`s, not
//   for ten values of unknown size), and of each `vec![…]` and `collect()` (whose buffers are
//   allocated before their elements exist); in a generic body in terms of its parameters
//   (`Vec<T>`), which the running call's instance fills in;
// - the error type of each `?` on a `Result`, which its `From` conversion boxes or converts;
// - the type of each written type the simulator sizes by (a `let` annotation, a cast's target, a
//   turbofish, a fn's parameter and return types, a field's type): the simulator keeps
//   the written spelling and takes its size from the checker's type (lower/types.ts);
// - the instance each call of a generic program function runs (lower/instances.ts).
import type { FrontEnd } from '../../frontEnd';
import type { CallExpr, CastExpr, GenericArgs, LetStmt, Lit, MacCallExpr, MethodCallExpr, Pat, Path, PathExpr, SelfParam, StructExpr, TryExpr, Type } from '../../syntax/ast';
import { typeName } from '../../typeck';
import { revealed } from '../../typeck/reveal';
import { someTy, substitute, type Ty as Checked } from '../../typeck/ty';
import type { AdtDef, FnDef } from '../../typeck/defs';
import { implHeader } from '../../typeck/traits';
import { adtFieldTys } from '../../typeck/lower';
import { closureUpvars, withUpvars } from '../../typeck/captures';
import type { CallInstance, CheckedInstances, ImplMethod } from './instances';
import type { Interner } from '../../typeck/interner';
import type { Ty } from '../types';

export type LiteralTypes = ReadonlyMap<string, string>;
/** A binding's type as the trace names it, and in the simulator's syntax where it can be spelled (what sizes it). */
export interface BindingType {
  name: string;
  ty: Ty | undefined;
}
export type BindingTypes = ReadonlyMap<string, BindingType>;
export type CallTypes = ReadonlyMap<string, Ty>;
/** The checker's type of each written type, by the type's position (see `writtenTypeKey`). */
export type WrittenTypes = ReadonlyMap<string, Checked>;

export interface CheckedTypes {
  literalTypes: LiteralTypes;
  bindingTypes: BindingTypes;
  /** Bindings whose type names the generic parameters of the body they are in (`best: Option<T>`). */
  genericBindingTypes: ReadonlyMap<string, Checked>;
  callTypes: CallTypes;
  /**
   * The error type of each `?` on a `Result`, by the `?` expression's position: what its `From`
   * conversion converts (the `E` a `Box<dyn Error>` boxes).
   */
  tryErrorTypes: CallTypes;
}

/** Where a function item starts (`line:character`): how a call's callee finds its body and frame. */
export function fnKey(def: FnDef): string {
  return `${def.node.span.line}:${def.node.span.character}`;
}

/** A generic function of the program's own, which a call instantiates. */
function programGeneric(def: Partial<FnDef> | undefined): def is FnDef {
  return def !== undefined && def.kind === 'fn' && !def.std && def.node !== undefined && (def.generics?.count ?? 0) > 0;
}

/**
 * The std functions whose model reads the type arguments the checker inferred (`type_name_of_val(&x)`
 * names `x`'s type, `size_of_val(&x)` measures it, `forget(x)` names the value it leaks). A written turbofish (`size_of::<T>()`) carries
 * the checker's types itself (`turbofishTypes`).
 */
const STD_TYPE_ARGS: ReadonlySet<string> = new Set(['type_name_of_val', 'size_of_val', 'align_of_val', 'forget']);

function callInstance(def: FnDef, args: readonly Checked[]): CallInstance {
  return { fn: fnKey(def), params: def.generics.names, args };
}

/** A value of one of the program's generic structs or enums (`Wrapper<i32>`), as the checker typed it. */
function programGenericAdt(t: Checked): boolean {
  return t.k === 'adt' && t.args.length > 0 && !(t.def as Partial<AdtDef>).std;
}

/**
 * Each method of the program's generic impls of its own types (`impl<T> Drop for Wrapper<T>`) whose
 * parameters are all the impl's, by where the method starts: std calls such a method for the
 * program (`Drop::drop`, `Display::fmt`), and its instance is the impl's parameters matched
 * against the receiver's type.
 */
function genericImplMethods(fe: FrontEnd): Map<string, ImplMethod> {
  const out = new Map<string, ImplMethod>();
  const p = fe.types.program;
  for (const impl of p.impls) {
    if (impl.std || impl.generics.count === 0) continue;
    const { selfTy } = implHeader(p, impl);
    if (!programGenericAdt(selfTy)) continue;
    for (const m of impl.methods.values()) {
      if (m.generics.count === impl.generics.count && m.node) out.set(fnKey(m), { params: m.generics.names, selfTy });
    }
  }
  return out;
}

/** The result type of a std fn with these generic arguments, once the checker has its signature. */
function stdFnResult(fe: FrontEnd, def: FnDef, args: readonly Checked[], keyOf: AdtKeyOf): Ty | undefined {
  const sig = (def as Partial<FnDef>).sig;
  if (!sig) return undefined;
  const ret = substitute(fe.types.program.tcx, sig.ret, args);
  return simTyInBody(ret, keyOf, fe.types.program.tcx);
}

export function positionKey(l: number, c: number, el: number, ec: number): string {
  return `${l}:${c}:${el}:${ec}`;
}

const spanKey = (s: { line: number; character: number; endLine: number; endCharacter: number }) =>
  positionKey(s.line, s.character, s.endLine, s.endCharacter);

/** Where a written type is, as `WrittenTypes` keys it. */
export function writtenTypeKey(t: Type): string {
  return spanKey(t.span);
}

/**
 * A type the trace can show as is: nothing unknown, generic or unnameable in it. A closure, alone
 * or inside another type (`Map<Iter<'_, i32>, {closure}>`), is named as the trace names closures,
 * through the closures and generic fn it is written in (`compose<i32, u8>::{closure}`).
 */
export function showable(t: Checked): boolean {
  return !someTy(t, (x) => ['error', 'infer', 'param', 'proj', 'opaque', 'never'].includes(x.k));
}

/** The trace's name of a checked type: closures are `{closure}` wherever the trace shows one (interp/typename.ts). */
export function traceTypeName(t: Checked): string {
  return typeName(t).replaceAll('{{closure}}', '{closure}');
}

function isParam(t: Checked): boolean {
  return t.k === 'param';
}

/** The simulator's spelling of a fully known type; undefined for anything else. */
export function simTy(t: Checked, keyOf: AdtKeyOf, tcx: Interner): Ty | undefined {
  return spell(t, false, keyOf, tcx);
}

/**
 * The simulator's spelling of a type known but for the generic parameters of the body it is in
 * (`Vec<T>`), which the simulator replaces with the running call's arguments (Interp.concreteTy).
 */
function simTyInBody(t: Checked, keyOf: AdtKeyOf, tcx: Interner): Ty | undefined {
  return spell(t, true, keyOf, tcx);
}

/** The simulator's key of a struct or enum (AdtKeys: its path where another type shares its name). */
export type AdtKeyOf = (def: AdtDef) => string;

/**
 * Each closure type's upvar types (`&T`, `&mut T` or the place's type, in capture order), by the
 * closure's `Def`: the checker's type of a closure leaves them out, its capture analysis has them.
 */
const UPVARS = new WeakMap<object, readonly Checked[]>();

function recordUpvars(fe: FrontEnd): void {
  closureUpvars(fe.types.results, fe.types.program.tcx, UPVARS);
}

function spell(t: Checked, params: boolean, keyOf: AdtKeyOf, tcx: Interner): Ty | undefined {
  const s = spelled(t, params, keyOf, tcx);
  // The checker's type goes with the spelling: sizes come from it.
  return s && { ...s, checked: withUpvars(tcx, UPVARS, t) };
}

function spelled(t: Checked, params: boolean, keyOf: AdtKeyOf, tcx: Interner): Ty | undefined {
  const text = typeName(t);
  switch (t.k) {
    case 'closure': {
      // rustc lays a closure out as the tuple of its upvars: spelled so, for the layout engine,
      // and named as the trace names closures.
      const upvars = UPVARS.get(t.def);
      const items = upvars?.map((u) => spell(u, params, keyOf, tcx));
      return items && !items.some((i) => !i) ? { k: 'tuple', items: items as Ty[], text: '{closure}', closure: true } : undefined;
    }
    case 'int': case 'float': case 'bool': case 'char': case 'str':
      return { k: 'path', name: text, segs: [text], args: [], text };
    case 'param':
      return params ? { k: 'param', name: t.name, text: t.name } : undefined;
    case 'adt': {
      const args = t.args.map((a) => spell(a, params, keyOf, tcx));
      if (args.some((a) => !a)) return undefined;
      const name = t.def.std ? t.def.name : keyOf(t.def as AdtDef);
      return { k: 'path', name, segs: [name], args: args as Ty[], text };
    }
    case 'ref': case 'ptr': {
      const inner = spell(t.inner, params, keyOf, tcx);
      return inner && { k: t.k, mut: t.mut, inner, text };
    }
    case 'tuple': {
      const items = t.elems.map((e) => spell(e, params, keyOf, tcx));
      return items.some((i) => !i) ? undefined : { k: 'tuple', items: items as Ty[], text };
    }
    case 'array': {
      const elem = spell(t.elem, params, keyOf, tcx);
      return elem && t.len !== undefined ? { k: 'array', elem, len: t.len, text } : undefined;
    }
    case 'slice': {
      const elem = spell(t.elem, params, keyOf, tcx);
      return elem && { k: 'slice', elem, text };
    }
    case 'dyn':
      return { k: 'dyn', trait: text.replace(/^dyn /, ''), text };
    case 'fnPtr':
      return { k: 'fn', text };
    default:
      return undefined;
  }
}

/**
 * Every literal, binding and call the checker typed, the instance each call of a generic program
 * function runs, and the type of each value of a generic program type built, in one iterative walk
 * of the Ast.
 */
export function checkedTypes(fe: FrontEnd, keyOf: AdtKeyOf): CheckedTypes & { callInstances: CheckedInstances; writtenTypes: WrittenTypes } {
  const literals = new Map<string, string>();
  const bindings = new Map<string, BindingType>();
  const genericBindings = new Map<string, Checked>();
  const calls = new Map<string, Ty>();
  const tryErrors = new Map<string, Ty>();
  const instances = new Map<string, CallInstance>();
  const built = new Map<string, Checked>();
  const stdArgs = new Map<string, readonly Checked[]>();
  const written = new Map<string, Checked>();
  const { exprTypes, patTypes, methods, methodArgs } = fe.types.results;
  const writtenAs = (ty: Type | undefined, t: Checked | undefined) => {
    if (ty && t) written.set(writtenTypeKey(ty), t);
  };
  recordUpvars(fe);
  const stack: unknown[] = [fe.ast.root];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object') stack.push(x);
      continue;
    }
    const o = v as { kind?: string; id?: number };
    if (o.kind === 'Lit') {
      const { lit } = o as { lit?: Lit };
      if (lit && (lit.kind === 'Int' || lit.kind === 'Float') && !lit.suffix) {
        const t = exprTypes.get(o.id as number);
        if (t && (t.k === 'int' || t.k === 'float')) literals.set(spanKey(lit.span), t.name);
      }
      continue;
    }
    if (o.kind === 'IdentPat' || o.kind === 'SelfParam') {
      // A method's `self` by the whole parameter (`&mut self`), as the lowering binds it.
      const p = o as Extract<Pat, { kind: 'IdentPat' }> | SelfParam;
      const spans = p.kind === 'SelfParam' ? [p.span] : [p.span, p.name.span];
      const checked = patTypes.get(p.id);
      const t = checked && revealed(fe.types.program.tcx, fe.types.results, checked);
      // A closure is named `{closure}` whatever its signature still leaves to inference.
      if (t && (showable(t) || (t.k === 'closure' && !someTy(t, isParam)))) {
        const b: BindingType = { name: traceTypeName(t), ty: simTy(t, keyOf, fe.types.program.tcx) };
        for (const s of spans) bindings.set(spanKey(s), b);
      } else if (checked && someTy(checked, isParam)) {
        for (const s of spans) genericBindings.set(spanKey(s), checked);
      }
    } else if (o.kind === 'Call' || (o.kind === 'MacCallExpr' && (o as MacCallExpr).mac.name === 'vec')) {
      // `vec![…]` too: its buffer is allocated before its elements exist, so its element type must be known.
      const c = o as CallExpr | MacCallExpr;
      const t = exprTypes.get(c.id);
      const s = t && simTyInBody(t, keyOf, fe.types.program.tcx);
      if (s) calls.set(spanKey(c.span), s);
      if (c.kind === 'Call') {
        // A constructor's or `Default::default()`'s value carries its type (Struct.typed).
        if (t && programGenericAdt(t)) built.set(spanKey(c.span), t);
        const callee = c.callee.kind === 'Paren' ? c.callee.expr : c.callee;
        const f = exprTypes.get(callee.id);
        if (f?.k === 'fnDef' && programGeneric(f.def as Partial<FnDef>) && f.args.length) instances.set(spanKey(c.span), callInstance(f.def as FnDef, f.args));
        else if (f?.k === 'fnDef' && f.def.std && STD_TYPE_ARGS.has(f.def.name)) stdArgs.set(spanKey(c.span), f.args);
      }
    } else if (o.kind === 'StructExpr') {
      // The value a struct literal builds carries its type (Struct.typed).
      const t = exprTypes.get(o.id as number);
      if (t && programGenericAdt(t)) built.set(spanKey((o as StructExpr).span), t);
    } else if (o.kind === 'PathExpr') {
      // A unit variant or struct of a generic type (`Slot::Empty`), and a generic fn named as a
      // value (`apply(double::<u8>)`): the instance it stands for, by the path's position.
      const f = exprTypes.get(o.id as number);
      if (f && programGenericAdt(f)) built.set(spanKey((o as PathExpr).span), f);
      if (f?.k === 'fnDef') turbofishTypes(fe, (o as PathExpr).path, f.def as FnDef, f.args, writtenAs);
      if (f?.k === 'fnDef' && programGeneric(f.def as Partial<FnDef>) && f.args.length) instances.set(spanKey((o as PathExpr).span), callInstance(f.def as FnDef, f.args));
      // A std fn named as a value (`or_insert_with(Vec::new)`): what its calls return.
      const ret = f?.k === 'fnDef' && f.def.std ? stdFnResult(fe, f.def as FnDef, f.args, keyOf) : undefined;
      if (ret) calls.set(spanKey((o as PathExpr).span), ret);
    } else if (o.kind === 'Try') {
      const t = exprTypes.get((o as TryExpr).expr.id);
      const err = t?.k === 'adt' && t.def.std && t.def.name === 'Result' ? t.args[1] : undefined;
      const s = err && showable(err) ? simTy(err, keyOf, fe.types.program.tcx) : undefined;
      if (s) tryErrors.set(spanKey((o as TryExpr).span), s);
    } else if (o.kind === 'Let') {
      // The pattern's type is the annotation's, but for a binding by reference (`let ref x: T`).
      const l = o as LetStmt;
      if (l.ty && !(l.pat.kind === 'IdentPat' && l.pat.mode !== 'value')) writtenAs(l.ty, patTypes.get(l.pat.id));
    } else if (o.kind === 'Cast') {
      writtenAs((o as CastExpr).ty, exprTypes.get(o.id as number));
    } else if (o.kind === 'MethodCall') {
      // Keyed by the method name, where the simulator's call site is.
      const c = o as MethodCallExpr;
      // A turbofish gives the method's own parameters, the last of the call's arguments.
      const fish = typeArgsOf(c.turbofish);
      const all = methodArgs.get(c.id);
      if (fish.length && all && all.length >= fish.length) fish.forEach((w, i) => writtenAs(w, all[all.length - fish.length + i]));
      const t = exprTypes.get(c.id);
      const s = t && simTyInBody(t, keyOf, fe.types.program.tcx);
      if (s) calls.set(spanKey(c.method.span), s);
      const m = methods.get(c.id);
      const args = methodArgs.get(c.id);
      if (programGeneric(m) && args?.length) instances.set(spanKey(c.method.span), callInstance(m, args));
    }
    for (const [k, x] of Object.entries(o)) if (k !== 'span' && x && typeof x === 'object') stack.push(x);
  }
  signatureTypes(fe, writtenAs);
  const callInstances: CheckedInstances = { calls: instances, built, impls: genericImplMethods(fe), stdArgs };
  return { literalTypes: literals, bindingTypes: bindings, genericBindingTypes: genericBindings, callTypes: calls, tryErrorTypes: tryErrors, callInstances, writtenTypes: written };
}

/** The type arguments written in a path's generic arguments (lifetimes and constants left out). */
function typeArgsOf(args: GenericArgs | undefined): Type[] {
  return args?.kind === 'AngleArgs' ? args.args.flatMap((a) => (a.kind === 'TypeArg' ? [a.ty] : [])) : [];
}

/**
 * The checker's types of a called path's turbofish: `f::<T>` gives the fn's own parameters, the
 * last of the call's arguments; `Vec::<u8>::new` its type's, which the impl's self type with the
 * call's arguments has.
 */
function turbofishTypes(fe: FrontEnd, path: Path, def: FnDef, args: readonly Checked[], writtenAs: (ty: Type | undefined, t: Checked | undefined) => void): void {
  const segs = path.segments;
  const own = typeArgsOf(segs[segs.length - 1]?.args);
  if (own.length && args.length >= own.length) own.forEach((w, i) => writtenAs(w, args[args.length - own.length + i]));
  const typeArgs = typeArgsOf(segs[segs.length - 2]?.args);
  if (!typeArgs.length || def.owner?.kind !== 'impl') return;
  const p = fe.types.program;
  const selfTy = substitute(p.tcx, implHeader(p, def.owner).selfTy, args);
  if (selfTy.k === 'adt' && selfTy.args.length === typeArgs.length) typeArgs.forEach((w, i) => writtenAs(w, selfTy.args[i]));
}

/**
 * The checker's types of the program's fn signatures (as its bodies were checked against them,
 * in terms of their generic parameters) and of its structs' and enums' fields, by the written types.
 */
function signatureTypes(fe: FrontEnd, writtenAs: (ty: Type | undefined, t: Checked | undefined) => void): void {
  const p = fe.types.program;
  for (const def of p.byNode.values()) {
    if (def.kind === 'fn') {
      const sig = def.sig;
      if (!sig || def.std) continue;
      const n = def.node.sig;
      const self = n.selfParam ? 1 : 0;
      if (n.selfParam?.ty) writtenAs(n.selfParam.ty, sig.params[0]);
      n.params.forEach((prm, i) => writtenAs(prm.ty, sig.params[self + i]));
      // An `impl Trait` return is the hidden type in the checker's signature: nothing to keep.
      if (n.ret && n.ret.kind !== 'ImplTrait') writtenAs(n.ret, sig.ret);
    } else if (def.kind === 'adt' && !def.std) {
      const fields = adtFieldTys(p, def);
      def.variants.forEach((v, vi) => v.fields.forEach((f, fi) => writtenAs(f.ty, fields[vi]?.[fi])));
    }
  }
}
