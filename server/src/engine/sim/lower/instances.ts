// Which instantiation of a generic function each call runs, from the type checker: a call of
// `largest(&[3, 9, 2])` instantiates `largest::<i32>`, a method call on a `Stack<String>`
// `Stack::<String>::push`. A call inside a generic body may name the body's own parameters
// (`helper::<T>()`): those are the caller's instance's arguments. A frame that knows its
// instance shows its bindings with the instance's types and has the instance's size.
import type { Interner } from '../../typeck/interner';
import { revealed } from '../../typeck/reveal';
import type { TypeckResults } from '../../typeck/results';
import { someTy, substitute, type Ty as Checked } from '../../typeck/ty';
import type { Span } from '../ir';
import type { Ty } from '../types';
import { positionKey, showable, simTy, traceTypeName, type AdtKeyOf } from './checkedTypes';

/** The function a call calls (where its item starts, `line:character`) and the arguments it instantiates it with. */
export interface CallInstance {
  readonly fn: string;
  /** The callee's generic parameters in the checker's order (an impl's before the method's own, a trait's `Self` first). */
  readonly params: readonly string[];
  readonly args: readonly Checked[];
}

/** A method of a generic impl of a program type: its parameters (the impl's) and the impl's self type. */
export interface ImplMethod {
  readonly params: readonly string[];
  readonly selfTy: Checked;
}

/** What lower/checkedTypes.ts gathers for the instances, by source position. */
export interface CheckedInstances {
  /** By the call's position (a method call's by its name's, a fn named as a value by its path's). */
  readonly calls: ReadonlyMap<string, CallInstance>;
  /** Values of the program's generic types by where they are built (a struct literal, a variant or struct constructor). */
  readonly built: ReadonlyMap<string, Checked>;
  /** Methods of generic impls of program types, by where each starts. */
  readonly impls: ReadonlyMap<string, ImplMethod>;
  /** The type arguments of calls of the std functions whose model reads them, by the call's position. */
  readonly stdArgs: ReadonlyMap<string, readonly Checked[]>;
}

/** The generic arguments of a running frame, as the type checker names types. */
export type InstanceArgs = readonly Checked[];

function argsKey(args: InstanceArgs): string {
  return args.map((a) => a.id).join(',');
}

function hasParam(t: Checked): boolean {
  return someTy(t, (x) => x.k === 'param');
}

export class Instances {
  private readonly names = new Map<Checked, Map<string, string | null>>();
  private readonly bySite = new Map<Span, { call: CallInstance; generic: boolean; byCaller: Map<InstanceArgs, InstanceArgs | null> } | null>();
  private readonly builtBySite = new Map<Span, { ty: Checked; generic: boolean; byCaller: Map<InstanceArgs, Checked | null> } | null>();
  private readonly calls: ReadonlyMap<string, CallInstance>;
  private readonly interned = new Map<string, InstanceArgs>();
  private readonly paramsByFn = new Map<string, readonly string[]>();
  private readonly simTys = new Map<Checked, Ty | null>();
  private readonly checkedByArgs = new Map<Checked, Map<InstanceArgs, Checked | null>>();

  constructor(
    private readonly tcx: Interner,
    private readonly results: TypeckResults,
    private readonly checked: CheckedInstances,
    private readonly keyOf: AdtKeyOf,
  ) {
    this.calls = checked.calls;
    for (const c of checked.calls.values()) this.paramsByFn.set(c.fn, c.params);
    for (const [fn, m] of checked.impls) this.paramsByFn.set(fn, m.params);
  }

  /**
   * The generic parameters of the function at `fn`, in the order of its instances' arguments;
   * undefined for a function no call of the program instantiates.
   */
  paramsOf(fn: string): readonly string[] | undefined {
    return this.paramsByFn.get(fn);
  }

  /** True when the checker gives the type arguments of the std call at `site` (stdArgsAt). */
  hasStdArgs(site: Span): boolean {
    return this.checked.stdArgs.has(positionKey(site.l, site.c, site.el, site.ec));
  }

  /**
   * The type arguments the checker inferred for the std call at `site` (`type_name_of_val(&x)`'s
   * `T`), with the caller's own parameters replaced by `caller`'s arguments, in the simulator's
   * type syntax; undefined when any is not known.
   */
  stdArgsAt(site: Span, caller: InstanceArgs | null): Ty[] | undefined {
    const args = this.checked.stdArgs.get(positionKey(site.l, site.c, site.el, site.ec));
    if (!args) return undefined;
    const out: Ty[] = [];
    for (const a of args) {
      const t = hasParam(a) ? (caller ? substitute(this.tcx, a, caller) : undefined) : a;
      const s = t && !hasParam(t) ? this.simTyOf(t) : undefined;
      if (!s) return undefined;
      out.push(s);
    }
    return out;
  }

  /** True when the function at `fn` is a method of a generic impl of a program type (forReceiver). */
  isImplMethod(fn: string): boolean {
    return this.checked.impls.has(fn);
  }

  /** True when the struct literal or constructor at `site` builds a value of a generic program type. */
  builds(site: Span): boolean {
    return this.checked.built.has(positionKey(site.l, site.c, site.el, site.ec));
  }

  /**
   * The type of the value a struct literal or constructor at `site` builds, with the caller's own
   * parameters replaced by `caller`'s arguments; undefined when it is not a generic program type
   * or not fully known.
   */
  builtAt(site: Span, caller: InstanceArgs | null): Checked | undefined {
    let at = this.builtBySite.get(site);
    if (at === undefined) {
      const ty = this.checked.built.get(positionKey(site.l, site.c, site.el, site.ec));
      this.builtBySite.set(site, (at = ty ? { ty, generic: hasParam(ty), byCaller: new Map() } : null));
    }
    if (!at) return undefined;
    if (!at.generic) return at.ty;
    if (!caller) return undefined;
    let ty = at.byCaller.get(caller);
    if (ty === undefined) {
      const t = substitute(this.tcx, at.ty, caller);
      at.byCaller.set(caller, (ty = hasParam(t) ? null : t));
    }
    return ty ?? undefined;
  }

  /**
   * The instance of a generic impl's method (`impl<T> Drop for Wrapper<T>`) for a receiver of type
   * `self` (`Wrapper<i32>`): each impl parameter is the receiver's argument where the impl's self
   * type has it; undefined when `fn` is no such method, the receiver is another type, or a
   * parameter is not one of the self type's arguments.
   */
  forReceiver(fn: string, self: Checked): InstanceArgs | undefined {
    const m = this.checked.impls.get(fn);
    if (!m || m.selfTy.k !== 'adt' || self.k !== 'adt' || self.def !== m.selfTy.def) return undefined;
    const args: Checked[] = [];
    const implArgs = m.selfTy.args;
    for (let j = 0; j < implArgs.length; j++) {
      const a = implArgs[j]!;
      if (a.k !== 'param' || a.index >= m.params.length) continue;
      if (args[a.index] !== undefined && args[a.index] !== self.args[j]) return undefined;
      args[a.index] = self.args[j]!;
    }
    for (let i = 0; i < m.params.length; i++) if (args[i] === undefined) return undefined;
    const key = argsKey(args);
    const known = this.interned.get(key);
    if (known) return known;
    this.interned.set(key, args);
    return args;
  }

  /** An instance's argument in the simulator's type syntax; undefined when the simulator cannot spell it. */
  simTyOf(t: Checked): Ty | undefined {
    let s = this.simTys.get(t);
    if (s === undefined) this.simTys.set(t, (s = simTy(revealed(this.tcx, this.results, t), this.keyOf, this.tcx) ?? null));
    return s ?? undefined;
  }

  /**
   * The instance the call at `site` runs of the function at `fn`, with the caller's own
   * parameters replaced by `caller`'s arguments; undefined when any of it is not known.
   */
  at(site: Span, fn: string, caller: InstanceArgs | null): InstanceArgs | undefined {
    // A call site's span is one object for all its runs: what it calls is looked up once.
    let at = this.bySite.get(site);
    if (at === undefined) {
      const call = this.calls.get(positionKey(site.l, site.c, site.el, site.ec));
      this.bySite.set(site, (at = call ? { call, generic: call.args.some(hasParam), byCaller: new Map() } : null));
    }
    if (!at || at.call.fn !== fn) return undefined;
    if (!at.generic) return at.call.args;
    if (!caller) return undefined;
    let args = at.byCaller.get(caller);
    if (args === undefined) {
      // Equal instances are one array, so a frame's layout is found by the array.
      const substituted = at.call.args.map((a) => substitute(this.tcx, a, caller));
      const key = argsKey(substituted);
      args = substituted.some(hasParam) ? null : (this.interned.get(key) ?? substituted);
      if (args) this.interned.set(key, args);
      at.byCaller.set(caller, args);
    }
    return args ?? undefined;
  }

  /** A type of a generic body as the instance `args` has it; undefined when it still names a parameter. */
  checkedIn(ty: Checked, args: InstanceArgs): Checked | undefined {
    // Once per type and instance: generic calls in a loop ask again on every run.
    let byArgs = this.checkedByArgs.get(ty);
    if (!byArgs) this.checkedByArgs.set(ty, (byArgs = new Map()));
    let t = byArgs.get(args);
    if (t === undefined) {
      const s = substitute(this.tcx, ty, args);
      byArgs.set(args, (t = hasParam(s) ? null : s));
    }
    return t ?? undefined;
  }

  /** A binding's type in a generic body as the instance `args` has it, in the simulator's syntax; undefined when it cannot be spelled. */
  simTyIn(ty: Checked, args: InstanceArgs): Ty | undefined {
    return this.simTyOf(substitute(this.tcx, ty, args));
  }

  /** A binding's type in a generic body as the instance `args` has it; undefined when it cannot be named. */
  typeNameIn(ty: Checked, args: InstanceArgs): string | undefined {
    let byArgs = this.names.get(ty);
    if (!byArgs) this.names.set(ty, (byArgs = new Map()));
    const key = argsKey(args);
    let name = byArgs.get(key);
    if (name === undefined) {
      const t = revealed(this.tcx, this.results, substitute(this.tcx, ty, args));
      byArgs.set(key, (name = showable(t) ? traceTypeName(t) : null));
    }
    return name ?? undefined;
  }
}
