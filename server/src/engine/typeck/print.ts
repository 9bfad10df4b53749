// Types spelled as `std::any::type_name_of_val` spells them, with each path shortened to its last
// segment (`alloc::vec::Vec<core::option::Option<prog::P>>` → `Vec<Option<P>>`), which is how
// the trace, hovers and the inspector name types. `full` keeps the paths a `Def` knows.
// Inference variables left over print as rustc's diagnostics print them: `_`, `{integer}`,
// `{float}`; the error type as `{unknown}`.
import type { InferTable } from './infer';
import type { Def, TraitRef, Ty, TyOf } from './ty';

export interface PrintOptions {
  /** Resolve inference variables through this table first. */
  readonly infer?: InferTable;
  /** Print the full paths (`alloc::vec::Vec<i32>`) where the definitions know them. */
  readonly full?: boolean;
}

/** Fn traits print with their sugar: `Fn(i32) -> i32`. */
const FN_TRAITS = new Set(['Fn', 'FnMut', 'FnOnce']);

export function typeName(ty: Ty, opts: PrintOptions = {}): string {
  const p = new Printer(opts);
  return p.ty(opts.infer ? opts.infer.resolve(ty) : ty);
}

class Printer {
  constructor(private readonly opts: PrintOptions) {}

  ty(t: Ty): string {
    switch (t.k) {
      case 'bool': case 'char': case 'str': return t.k;
      case 'never': return '!';
      case 'error': return '{unknown}';
      case 'int': case 'float': return t.name;
      case 'adt': return this.def(t.def) + this.args(t.args, lifetimesOf(t.def));
      case 'fnDef': case 'opaque': return this.def(t.def) + this.args(t.args);
      case 'ref': return `&${t.mut ? 'mut ' : ''}${this.ty(t.inner)}`;
      case 'ptr': return `*${t.mut ? 'mut' : 'const'} ${this.ty(t.inner)}`;
      case 'array': return `[${this.ty(t.elem)}; ${t.len ?? (t.lenVar?.k === 'param' ? t.lenVar.name : '_')}]`;
      case 'const': return String(t.value);
      case 'slice': return `[${this.ty(t.elem)}]`;
      case 'tuple': return t.elems.length === 1 && t.elems[0] ? `(${this.ty(t.elems[0])},)` : `(${t.elems.map((e) => this.ty(e)).join(', ')})`;
      case 'fnPtr': return `fn(${t.params.map((x) => this.ty(x)).join(', ')})${this.ret(t.ret)}`;
      case 'closure': return this.closure(t);
      case 'dyn': return `dyn ${t.traits.map((r) => this.trait(r)).join(' + ')}`;
      case 'proj': return `<${this.ty(t.self)} as ${this.trait(t.trait)}>::${t.name}`;
      case 'param': return t.name;
      case 'infer': return t.kind === 'int' ? '{integer}' : t.kind === 'float' ? '{float}' : '_';
    }
  }

  /**
   * A closure through what it is written in, as `type_name` does once paths are shortened: one
   * `{{closure}}::` per enclosing closure, and a generic fn with its arguments
   * (`compose<i32, u8>::{{closure}}`; a fn without them shortens away).
   */
  private closure(t: TyOf<'closure'>): string {
    let prefix = '';
    let parent = t.def.parent;
    for (; parent?.name === '{{closure}}'; parent = parent.parent) prefix = `${this.def(parent)}::${prefix}`;
    if (parent && t.args.length) prefix = `${this.def(parent)}${this.args(t.args)}::${prefix}`;
    return prefix + this.def(t.def);
  }

  private def(d: Def): string {
    return this.opts.full && d.path ? d.path : d.name;
  }

  /** Lifetimes first, each erased to `'_` as `type_name` prints them (`Iter<'_, i32>`, `Chars<'_>`). */
  private args(args: readonly Ty[], lifetimes = 0): string {
    const all = [...Array.from({ length: lifetimes }, () => "'_"), ...args.map((a) => this.ty(a))];
    return all.length ? `<${all.join(', ')}>` : '';
  }

  private ret(ret: Ty): string {
    return ret.k === 'tuple' && ret.elems.length === 0 ? '' : ` -> ${this.ty(ret)}`;
  }

  private trait(r: TraitRef): string {
    const sugar = r.args.length === 1 ? r.args[0] : undefined;
    if (FN_TRAITS.has(r.def.name) && sugar?.k === 'tuple') {
      const out = r.assoc.find((a) => a.name === 'Output');
      return `${this.def(r.def)}(${sugar.elems.map((e) => this.ty(e)).join(', ')})${out ? this.ret(out.ty) : ''}`;
    }
    const parts = [...r.args.map((a) => this.ty(a)), ...r.assoc.map((a) => `${a.name} = ${this.ty(a.ty)}`)];
    return this.def(r.def) + (parts.length ? `<${parts.join(', ')}>` : '');
  }
}

/** How many lifetime parameters an ADT declares. */
function lifetimesOf(d: Def): number {
  const node = (d as { node?: { generics?: { params: readonly { kind: string }[] } } }).node;
  return node?.generics?.params.filter((p) => p.kind === 'LifetimeParam').length ?? 0;
}
