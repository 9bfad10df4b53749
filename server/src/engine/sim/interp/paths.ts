// Paths: what a name or `a::b::c` denotes (a user function, an associated function, a tuple-struct
// or variant constructor, a constant or static, a std function) — resolved once per call site.
import { positionKey } from '../lower/checkedTypes';
import type { Expr, FnIR, Pat, Span } from '../ir';
import { findMethod, findTraitMethod, type AdtDef, type Program } from '../items';
import type { PathHint } from '../lower/frontEndNames';
import { stdConst, stdPath, type Site } from '../std/registry';
import { OPTION, RESULT } from '../std/builtins';
import { mentionsParam, siteMentionsParam, type Ty } from '../types';
import { Enum, FnV, INT_TYPES, Ref, Struct, UNIT, type Callable, type Value } from '../values';
import { coerce } from './coerce';
import type { CE, Compiler } from './compile';
import type { FrameObj } from './frame';
import type { Interp } from './interp';
import { defaultOf } from '../std/default';
import { evalArgs } from './args';

const STRIP = new Set(['std', 'core', 'alloc', 'crate', 'self', 'super']);
const METHOD_TYPES = new Set(['String', 'str', 'Vec', 'Option', 'Result', 'char', 'bool', 'f32', 'f64', 'Box', 'slice']);

/** Expands `use` aliases and drops crate prefixes: `HashMap::new` → `collections::HashMap::new`. */
export function normalize(prog: Program, segs: string[], selfTy: Ty | null): string[] {
  let s = segs.slice();
  for (let guard = 0; guard < 4; guard++) {
    while (s.length > 1 && STRIP.has(s[0]!)) s = s.slice(1);
    if (s[0] === 'Self' && selfTy && selfTy.k === 'path') s = [selfTy.name, ...s.slice(1)];
    const alias = prog.uses.get(s[0]!);
    if (!alias || (alias.length === 1 && alias[0] === s[0])) break;
    s = [...alias, ...s.slice(1)];
  }
  while (s.length > 1 && STRIP.has(s[0]!)) s = s.slice(1);
  return s;
}

/**
 * A function by a path relative to some module (`super::helpers::square`, `helpers::square` inside
 * `geometry`): the one function whose qualified name ends with it, if exactly one does.
 */
function fnInSomeModule(prog: Program, rel: string): FnIR | undefined {
  let found: FnIR | undefined;
  for (const [name, fn] of prog.fns) {
    if (!name.endsWith('::' + rel)) continue;
    if (found) return undefined;
    found = fn;
  }
  return found;
}

export type Resolved =
  | { k: 'fn'; fn: FnIR }
  | { k: 'ctor'; def: AdtDef; vi: number }
  | { k: 'unit'; def: AdtDef; vi: number }
  | { k: 'const'; name: string }
  | { k: 'static'; name: string }
  | { k: 'std'; key: string }
  | { k: 'stdConst'; key: string }
  | { k: 'trait'; trait: string; method: string }
  | { k: 'default' }
  /** `T::f` for a generic parameter `T`: resolved when called, from what `T` stands for then. */
  | { k: 'generic'; param: string; method: string };

function variantOf(def: AdtDef, name: string): number {
  return def.variants.findIndex((v) => v.name === name);
}

/** Enum variant named by a path (`Some`, `Color::Red`, a glob-imported variant). */
export function enumVariant(prog: Program, segs: string[]): { def: AdtDef; vi: number } | null {
  if (segs.length === 1) {
    const n = segs[0]!;
    if (n === 'Some' || n === 'None') return { def: OPTION, vi: variantOf(OPTION, n) };
    if (n === 'Ok' || n === 'Err') return { def: RESULT, vi: variantOf(RESULT, n) };
    for (const [key, path] of prog.uses) {
      if (!key.startsWith('*')) continue;
      const def = prog.adts.get(path[path.length - 1]!);
      if (def?.kind === 'enum') {
        const vi = variantOf(def, n);
        if (vi >= 0) return { def, vi };
      }
    }
    const alias = prog.uses.get(n);
    if (alias && alias.length >= 2) {
      const def = prog.adts.get(alias[alias.length - 2]!);
      if (def?.kind === 'enum') {
        const vi = variantOf(def, alias[alias.length - 1]!);
        if (vi >= 0) return { def, vi };
      }
    }
    return null;
  }
  const def = prog.adts.get(segs[segs.length - 2]!);
  if (def?.kind === 'enum') {
    const vi = variantOf(def, segs[segs.length - 1]!);
    if (vi >= 0) return { def, vi };
  }
  return null;
}

export function resolvePath(C: Compiler, segs0: string[], sp: Span, selfTy: Ty | null = null, hint?: PathHint): Resolved {
  const prog = C.prog;
  // The front end's resolver knows modules, block-scoped `use`s and qualified paths.
  if (hint?.k === 'fn') {
    const fn = prog.fns.get(hint.qual);
    if (fn) return { k: 'fn', fn };
  } else if (hint?.k === 'traitMethod') return { k: 'trait', trait: hint.trait, method: hint.method };
  const segs = normalize(prog, segs0, selfTy ?? C.selfTy());
  const last = segs[segs.length - 1]!;
  if (segs[0] === '<T>') {
    if (last === 'default') return { k: 'default' };
    return { k: 'trait', trait: '<T>', method: last };
  }
  const v = enumVariant(prog, segs);
  if (v) {
    const variant = v.def.variants[v.vi]!;
    return variant.shape === 'unit' ? { k: 'unit', ...v } : { k: 'ctor', ...v };
  }
  if (segs.length === 1) {
    const fn = prog.fns.get(C.modPrefix() + last) ?? prog.fns.get(last) ?? fnInSomeModule(prog, last);
    if (fn) return { k: 'fn', fn };
    const c = prog.consts.get(last);
    if (c) return c.isStatic ? { k: 'static', name: last } : { k: 'const', name: last };
    const adt = prog.adts.get(last);
    if (adt && adt.kind === 'struct') return adt.shape === 'unit' ? { k: 'unit', def: adt, vi: 0 } : { k: 'ctor', def: adt, vi: 0 };
    if (stdPath(last)) return { k: 'std', key: last };
    return C.unsupported(`unknown name \`${last}\``, sp);
  }
  const full = segs.join('::');
  const userFn = prog.fns.get(full) ?? fnInSomeModule(prog, full);
  if (userFn) return { k: 'fn', fn: userFn };
  const assocKey = segs.slice(-2).join('::');
  const assoc = prog.consts.get(assocKey);
  if (assoc) return assoc.isStatic ? { k: 'static', name: assocKey } : { k: 'const', name: assocKey };
  const typeName = segs[segs.length - 2]!;
  const adt = prog.adts.get(typeName);
  if (adt && !adt.builtin) {
    const m = findMethod(prog, adt, last);
    if (m) return { k: 'fn', fn: m };
    if (last === 'default' && adt.derives.has('Default')) return { k: 'default' };
  }
  const foreign = prog.adts.get('#' + typeName);
  if (foreign) {
    const m = findMethod(prog, foreign, last);
    if (m) return { k: 'fn', fn: m };
  }
  if (prog.traits.has(typeName)) return { k: 'trait', trait: typeName, method: last };
  for (let i = 0; i < segs.length - 1; i++) {
    const key = segs.slice(i).join('::');
    if (stdPath(key)) return { k: 'std', key };
    if (stdConst(key)) return { k: 'stdConst', key };
  }
  // `String::len`, `str::trim`, `i32::abs` used as functions: the method, called on the first argument.
  if (METHOD_TYPES.has(typeName) || INT_TYPES[typeName]) return { k: 'trait', trait: typeName, method: last };
  if (['Default', 'Clone', 'ToString', 'Iterator', 'From', 'Into', 'PartialEq', 'PartialOrd', 'Ord', 'Display', 'Debug', 'Drop', 'IntoIterator', 'AsRef', 'Add', 'Sub', 'Mul', 'FromStr'].includes(typeName)) {
    if (typeName === 'Default' && last === 'default') return { k: 'default' };
    return { k: 'trait', trait: typeName, method: last };
  }
  if (C.isGenericParam(typeName)) return { k: 'generic', param: typeName, method: last };
  return C.unsupported(`path \`${segs0.join('::')}\``, sp);
}

const fnValues = new WeakMap<FnIR, Callable>();

function fnValue(I: Interp, fn: FnIR): FnV {
  let c = fnValues.get(fn);
  if (!c) {
    c = { name: fn.qual, call: (args) => I.callUser(fn, args, I.site.sp) };
    fnValues.set(fn, c);
  }
  return new FnV(c);
}

function ctorValue(def: AdtDef, vi: number): Callable {
  const tys = def.kind === 'struct' ? def.fieldTys : def.variants[vi]!.fieldTys;
  const name = def.kind === 'struct' ? def.name : `${def.name}::${def.variants[vi]!.name}`;
  return {
    name,
    call: (args) => {
      const f = args.map((a, i) => coerceField(a, tys[i]));
      return def.kind === 'struct' ? new Struct(def, f) : new Enum(def, vi, f);
    },
  };
}

function coerceField(v: Value, ty: Ty | undefined): Value {
  return ty && ty.k !== 'param' ? coerce(v, ty) : v;
}

/** A path used as a value: constants, statics, unit structs and variants, fn items. */
export function compilePathValue(C: Compiler, e: Extract<Expr, { k: 'path' }>, expect: Ty | null, asPlace = false): CE {
  const I = C.I;
  const r = resolvePath(C, e.segs, e.sp, null, e.res);
  switch (r.k) {
    case 'unit': {
      const def = r.def;
      const vi = r.vi;
      if (C.prog.instances.builds(e.sp)) {
        const sp = e.sp;
        return (f) => {
          const v = def.kind === 'struct' ? new Struct(def, []) : new Enum(def, vi, []);
          typeBuilt(I, v, sp, f);
          return v;
        };
      }
      if (def.kind === 'struct') return () => new Struct(def, []);
      const v = new Enum(def, vi, []);
      return () => v;
    }
    case 'ctor': {
      const c = ctorValue(r.def, r.vi);
      return () => new FnV(c);
    }
    case 'fn': {
      const fn = r.fn;
      const key = `${fn.sp.l}:${fn.sp.c}`;
      if (!C.prog.instances.paramsOf(key)) return () => fnValue(I, fn);
      // A generic fn as a value is one instance of it (`apply(double::<u8>)`): the checker's, here.
      const sp = e.sp;
      return (f) => {
        const instance = I.prog.instances.at(sp, key, f.instance);
        return instance ? new FnV({ name: fn.qual, call: (args) => I.callUser(fn, args, I.site.sp, instance) }) : fnValue(I, fn);
      };
    }
    case 'const': {
      const c = C.prog.consts.get(r.name)!;
      const v = C.value(c.expr, c.ty);
      const ty = c.ty;
      return (f) => coerce(v(f), ty);
    }
    case 'static': {
      const name = r.name;
      const c = C.prog.consts.get(name)!;
      const init = C.value(c.expr, c.ty);
      const ty = c.ty;
      return (f) => {
        let cell = I.statics.get(name);
        if (!cell) {
          cell = [coerce(init(f), ty)];
          I.statics.set(name, cell);
        }
        if (asPlace) return new Ref(cell, 0, c.mutable, null);
        return I.take(cell, 0);
      };
    }
    case 'stdConst': {
      const fn = stdConst(r.key)!;
      const site: Site = { sp: e.sp, generics: e.generics, expect };
      return () => fn(site);
    }
    case 'std': {
      const fn = stdPath(r.key)!;
      const site: Site = { sp: e.sp, generics: e.generics, expect: null, ty: C.prog.callTypes.get(positionKey(e.sp.l, e.sp.c, e.sp.el, e.sp.ec)) ?? null };
      // Where the checker left the result open (`or_insert_with(Vec::new)`), the caller's type of it.
      const at = (s: Site, ret: Ty | undefined): Site => (s.ty || !ret ? s : { ...s, ty: ret });
      if (siteMentionsParam(site)) return () => {
        const here = I.siteIn(site);
        return new FnV({ name: r.key, call: (args, ret) => fn(I, args, at(here, ret)) });
      };
      return () => new FnV({ name: r.key, call: (args, ret) => fn(I, args, at(site, ret)) });
    }
    case 'default': {
      const site: Site = { sp: e.sp, generics: e.generics, expect };
      return () => new FnV({ name: 'default', call: () => defaultOf(I, site.expect, site.sp) });
    }
    case 'trait': {
      const { method } = r;
      return () => new FnV({ name: method, call: (args) => I.methodOn(args[0], method, args.slice(1)) });
    }
    case 'generic': {
      const { param, method } = r;
      const site: Site = { sp: e.sp, generics: e.generics, expect };
      // What `T` stands for where the path is evaluated, not where the value is later called (inside another generic call).
      return () => {
        const t = I.typeArg(param);
        return new FnV({
          name: `${param}::${method}`,
          call: (args) => callOnType(I, t ?? unknownParam(I, param, `${param}::${method}`, e.sp), method, args, site),
        });
      };
    }
  }
}

/** Gives a value of a generic program type built at `sp` its type, as the checker gave it there in the running instance. */
function typeBuilt(I: Interp, v: Struct | Enum, sp: Span, f: FrameObj): void {
  const t = I.prog.instances.builtAt(sp, f.instance);
  if (t) v.typed = t;
}

/** The program's own struct or enum a value is (through references), if it is one. */
function userAdtOf(v: Value | undefined): AdtDef | undefined {
  let x = v;
  for (let i = 0; i < 8 && x instanceof Ref; i++) x = x.get();
  return (x instanceof Struct || x instanceof Enum) && !x.def.builtin ? x.def : undefined;
}

/**
 * What `param` stands for in the running call, or the run stops: a body std calls on a value no
 * type from the checker reaches (a field a derived `Default` made) has no instance, and the
 * simulator does not guess one.
 */
function typeArgOrStop(I: Interp, param: string, what: string, sp: Span): Ty {
  return I.typeArg(param) ?? unknownParam(I, param, what, sp);
}

function unknownParam(I: Interp, param: string, what: string, sp: Span): never {
  return I.unsupported(`\`${what}\`: what \`${param}\` stands for in this call is not known (the type checker records no instance for it)`, sp);
}

/** `Type::f(args)` for a type known only at run time (a generic parameter's current type). */
function callOnType(I: Interp, ty: Ty, method: string, args: Value[], site: Site): Value {
  const name = ty.k === 'path' ? ty.name : ty.text;
  const adt = I.prog.adts.get(name);
  const m = (adt && !adt.builtin ? findMethod(I.prog, adt, method) : undefined) ?? (I.prog.adts.get('#' + name) ? findMethod(I.prog, I.prog.adts.get('#' + name)!, method) : undefined);
  if (m) return I.callUser(m, args, site.sp);
  if (method === 'default' && args.length === 0) return defaultOf(I, ty, site.sp);
  const std = stdPath(`${name}::${method}`);
  if (std) return std(I, args, { ...site, expect: ty });
  if (args.length > 0) return I.methodOn(args[0], method, args.slice(1), site);
  return I.unsupported(`\`${name}::${method}\``, site.sp);
}

export function compileCall(C: Compiler, e: Extract<Expr, { k: 'call' }>, expect: Ty | null): CE {
  const I = C.I;
  const sp = e.sp;
  if (e.fn.k === 'path') {
    const r = resolvePath(C, e.fn.segs, e.fn.sp, null, e.fn.res);
    switch (r.k) {
      case 'fn': {
        const fn = r.fn;
        const args = e.args.map((a, i) => C.value(a, paramExpect(fn.paramTys[i]), `argument of \`${fn.name}\``));
        const n = args.length;
        // A generic function's type arguments are the type checker's instance of this call (Interp.invoke).
        if (n === 0) return () => I.callUser(fn, [], sp);
        if (n === 1) {
          const a0 = args[0]!;
          return (f) => I.callUser(fn, [a0(f)], sp);
        }
        if (n === 2) {
          const a0 = args[0]!;
          const a1 = args[1]!;
          return (f) => {
            const x = a0(f);
            return I.callUser(fn, [x, a1(f)], sp);
          };
        }
        return (f) => I.callUser(fn, evalArgs(args, f), sp);
      }
      case 'ctor': {
        const def = r.def;
        const vi = r.vi;
        const tys = def.kind === 'struct' ? def.fieldTys : def.variants[vi]!.fieldTys;
        let argTys: (Ty | null)[] = tys.map((t) => paramExpect(t));
        if (def === OPTION && expect?.k === 'path' && expect.name === 'Option') argTys = [expect.args[0] ?? null];
        if (def === RESULT && expect?.k === 'path' && expect.name === 'Result') argTys = [expect.args[vi] ?? null];
        const args = e.args.map((a, i) => C.value(a, argTys[i] ?? null, `field of \`${def.name}\``));
        if (C.prog.instances.builds(sp)) {
          return (f) => {
            const v = def.kind === 'struct' ? new Struct(def, evalArgs(args, f)) : new Enum(def, vi, evalArgs(args, f));
            typeBuilt(I, v, sp, f);
            return v;
          };
        }
        if (def.kind === 'struct') return (f) => new Struct(def, evalArgs(args, f));
        return (f) => new Enum(def, vi, evalArgs(args, f));
      }
      case 'std': {
        const fn = stdPath(r.key)!;
        const args = e.args.map((a) => C.value(a, null, `argument of \`${r.key}\``));
        // What the result must be: the context's type, else the type checker's (inferred from later uses).
        const checked = C.prog.callTypes.get(positionKey(sp.l, sp.c, sp.el, sp.ec)) ?? null;
        const written: Site = { sp, generics: e.fn.generics, expect: expect ?? checked, ty: checked };
        const generic = siteMentionsParam(written);
        // `type_name_of_val(&x)`: the type arguments the checker inferred, when no turbofish wrote them.
        const checkedArgs = e.fn.generics.length === 0 && C.prog.instances.hasStdArgs(sp);
        return (f) => {
          const av = evalArgs(args, f);
          let site = generic ? I.siteIn(written) : written;
          if (checkedArgs) site = { ...site, generics: I.prog.instances.stdArgsAt(sp, f.instance) ?? [] };
          const saved = I.site;
          I.site = site;
          try {
            return fn(I, av, site);
          } finally {
            I.site = saved;
          }
        };
      }
      case 'default': {
        const site: Site = { sp, generics: e.fn.generics, expect };
        const segs = normalize(C.prog, e.fn.segs, C.selfTy());
        const named = segs.length >= 2 && segs[segs.length - 2] !== 'Default' ? segs[segs.length - 2]! : null;
        let ty: Ty | null = named && !C.isGenericParam(named) ? { k: 'path', name: named, segs: [named], args: e.fn.generics, text: named } : null;
        if (named === '<T>') ty = e.fn.generics[0] ?? null;
        if (named && C.isGenericParam(named)) {
          const param = named;
          return () => defaultOf(I, typeArgOrStop(I, param, `${param}::default`, sp), sp);
        }
        // The checker's type of the call first (`Tag::default()` is a `Tag<u8>`), then what is written.
        const target = C.prog.callTypes.get(positionKey(sp.l, sp.c, sp.el, sp.ec)) ?? ty ?? site.expect;
        const generic = mentionsParam(target);
        const typed = C.prog.instances.builds(sp);
        if (!generic && !typed) return () => defaultOf(I, target, sp);
        return (f) => {
          // `let x: T = Default::default()` in a generic body: what `T` stands for in this call.
          const v = defaultOf(I, generic ? I.concreteTy(target!) : target, sp);
          if (typed && (v instanceof Struct || v instanceof Enum)) typeBuilt(I, v, sp, f);
          return v;
        };
      }
      case 'trait': {
        const { method, trait } = r;
        const args = e.args.map((a) => C.value(a));
        const site: Site = { sp, generics: e.fn.generics, expect };
        if (args.length === 0) return () => I.unsupported(`\`${trait}::${method}()\` without a receiver`, sp);
        return (f) => {
          const av = evalArgs(args, f);
          // `Trait::m(x)` / `<T as Trait>::m(x)` calls that trait's method, not another trait's `m`.
          const adt = userAdtOf(av[0]);
          const m = adt ? findTraitMethod(I.prog, adt, trait, method) : undefined;
          if (m) return I.callUser(m, av, sp);
          return I.methodOn(av[0], method, av.slice(1), site);
        };
      }
      case 'generic': {
        const { param, method } = r;
        const args = e.args.map((a) => C.value(a));
        const site: Site = { sp, generics: e.fn.generics, expect };
        return (f) => {
          const av = evalArgs(args, f);
          return callOnType(I, typeArgOrStop(I, param, `${param}::${method}`, sp), method, av, site);
        };
      }
      case 'unit': case 'const': case 'static': case 'stdConst':
        break;
    }
  }
  const callee = C.read(e.fn);
  const args = e.args.map((a) => C.value(a));
  return (f) => {
    const fv = callee(f);
    return I.callValue(fv, evalArgs(args, f), sp);
  };
}

function paramExpect(t: Ty | undefined): Ty | null {
  if (!t || t.k === 'param' || t.k === 'impl' || t.k === 'infer') return null;
  return t;
}

export function compileStructLit(C: Compiler, e: Extract<Expr, { k: 'struct' }>, expect: Ty | null): CE {
  void expect;
  const prog = C.prog;
  const segs = normalize(prog, e.segs, C.selfTy());
  let def: AdtDef | undefined;
  let vi = 0;
  const variant = enumVariant(prog, segs);
  if (variant) {
    def = variant.def;
    vi = variant.vi;
  } else {
    def = prog.adts.get(segs[segs.length - 1]!);
  }
  if (!def) return C.unsupported(`struct \`${e.segs.join('::')}\``, e.sp);
  const d = def;
  const names = d.kind === 'struct' ? d.fieldNames : d.variants[vi]!.fieldNames;
  const tys = d.kind === 'struct' ? d.fieldTys : d.variants[vi]!.fieldTys;
  const fields = e.fields.map((x) => {
    const i = names.indexOf(x.name);
    if (i < 0) C.unsupported(`field \`${x.name}\``, e.sp);
    return { i, v: C.value(x.value, paramExpect(tys[i]), `field \`${x.name}\``) };
  });
  // `..Default::default()` takes its type from the struct being built.
  const base = e.base ? C.place(e.base, { k: 'path', name: d.name, segs: [d.name], args: [], text: d.name }) : null;
  const n = names.length;
  const I = C.I;
  const typed = C.prog.instances.builds(e.sp);
  const sp = e.sp;
  return (f) => {
    const vals = new Array<Value>(n);
    for (const x of fields) vals[x.i] = x.v(f);
    if (base) {
      const b = base(f);
      const bv = b.arr[b.idx] as Struct;
      for (let i = 0; i < n; i++) if (!fields.some((x) => x.i === i)) vals[i] = I.take(bv.f, i);
    }
    const v = d.kind === 'struct' ? new Struct(d, vals) : new Enum(d, vi, vals);
    if (typed) typeBuilt(I, v, sp, f);
    return v;
  };
}

export type PatTarget = { k: 'adt'; def: AdtDef; vi: number } | { k: 'const'; value: () => Value };

export function resolvePatPath(C: Compiler, p: Extract<Pat, { k: 'tstruct' | 'struct' | 'path' }>): PatTarget {
  const segs = normalize(C.prog, p.segs, C.selfTy());
  const v = enumVariant(C.prog, segs);
  if (v) return { k: 'adt', def: v.def, vi: v.vi };
  const last = segs[segs.length - 1]!;
  const adt = C.prog.adts.get(last);
  if (adt && adt.kind === 'struct') return { k: 'adt', def: adt, vi: 0 };
  const c = C.prog.consts.get(segs.slice(-2).join('::')) ?? C.prog.consts.get(last);
  if (c) {
    const ce = C.value(c.expr, c.ty);
    return { k: 'const', value: () => ce(null as never) };
  }
  const sc = stdConst(segs.join('::')) ?? (segs.length >= 2 ? stdConst(segs.slice(-2).join('::')) : undefined);
  if (sc) {
    const site: Site = { sp: p.sp, generics: [], expect: null };
    return { k: 'const', value: () => sc(site) };
  }
  return C.unsupported(`pattern path \`${p.segs.join('::')}\``, p.sp);
}

export { UNIT };
