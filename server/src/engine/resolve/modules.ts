// Looking names up in module-like scopes and through what a path has resolved to so far
// (a module, an enum's variants, a trait's items, a std path), and resolving `use`s to a fixpoint.
import type { Collector, PendingImport } from './collect';
import type { Def, DefId, Res, ResolveDiagnostic } from './res';
import type { Binding, Ns, Scope } from './scope';
import { EXTERN_PRELUDE, PRELUDE, STD_MODULES, stdPathOf, type StdNs } from './stdTable';
import { STD_MODULE_MEMBERS } from './stdModuleMembers';

/** Whether `scope` declares `name` at all, visible or not (a private one is E0603, not E0432). */
function exists(scope: Scope, name: string): boolean {
  return scope.names.type.has(name) || scope.names.value.has(name) || scope.names.macro.has(name);
}

export function stdFits(ns: StdNs | undefined, want: Ns): boolean {
  if (ns === undefined) return true;
  if (want === 'macro') return ns === 'm';
  if (want === 'type') return ns === 't' || ns === 'c';
  return ns === 'v' || ns === 'u' || ns === 'c';
}

export class Modules {
  constructor(readonly c: Collector) {}

  get defs(): Def[] {
    return this.c.defs;
  }

  /** `name` in `scope`'s own items and imports, then its globs; only what `from` may see. */
  inScope(scope: Scope, name: string, ns: Ns, from: Scope, seen?: Set<Scope>): Binding | undefined {
    if (seen?.has(scope)) return undefined;
    const own = scope.names[ns].get(name);
    if (own && (!own.visibleIn || own.visibleIn.isAncestorOf(from))) return own;
    if (scope.globs.length === 0) return undefined;
    // The scopes a lookup has been through, made only when it follows a glob (most lookups do not).
    seen ??= new Set();
    seen.add(scope);
    const local = scope === from || scope.isAncestorOf(from);
    for (const g of scope.globs) {
      if (!g.isPub && !local) continue;
      const found = this.throughGlob(g.from, name, ns, from, seen);
      if (found) return found;
    }
    return undefined;
  }

  private throughGlob(from: Scope['globs'][number]['from'], name: string, ns: Ns, at: Scope, seen: Set<Scope>): Binding | undefined {
    if (from.kind === 'Scope') return this.inScope(from.scope, name, ns, at, seen);
    if (from.kind === 'Enum') {
      const v = this.variant(from.def, name, ns);
      return v === undefined ? undefined : { res: { kind: 'Def', def: v } };
    }
    const listed = STD_MODULES[from.path]?.[name];
    return listed && stdFits(listed, ns) ? { res: { kind: 'Std', path: `${from.path}::${name}` } } : undefined;
  }

  /** A variant of `enumDef` by name, in the namespace (`value` only for tuple and unit variants). */
  variant(enumDef: DefId, name: string, ns: Ns): DefId | undefined {
    for (const d of this.c.children.get(enumDef) ?? []) {
      const def = this.defs[d]!;
      if (def.kind === 'Variant' && def.name === name && (ns === 'type' || (ns === 'value' && def.ctor !== 'Named'))) return d;
    }
    return undefined;
  }

  /** An associated item of a trait (or impl) by name. */
  assoc(owner: DefId, name: string, ns: Ns): DefId | undefined {
    for (const d of this.c.children.get(owner) ?? []) {
      const def = this.defs[d]!;
      if (def.name !== name) continue;
      if (ns === 'type' ? def.kind === 'AssocTy' : def.kind === 'AssocFn' || def.kind === 'AssocConst') return d;
    }
    return undefined;
  }

  scopeOf(res: Res): Scope | undefined {
    return res.kind === 'Def' ? this.c.scopeOfMod.get(res.def) : undefined;
  }

  /** Resolves every `use`, repeating while some resolve (one may need another); the rest are E0432. */
  resolveImports(imports: PendingImport[], diagnostics: ResolveDiagnostic[], quiet: boolean): void {
    let pending = imports;
    for (;;) {
      const next: PendingImport[] = [];
      for (const imp of pending) if (!this.tryImport(imp)) next.push(imp);
      if (next.length === pending.length) break;
      pending = next;
    }
    for (const imp of pending) {
      const at = quiet ? undefined : this.failure(imp);
      if (at) diagnostics.push(at);
      this.bindFailed(imp);
    }
  }

  /** Why `imp` does not resolve, as rustc reports it; undefined when it is not knowably an error. */
  private failure(imp: PendingImport): ResolveDiagnostic | undefined {
    const walked = this.walkImport(imp);
    if (walked.kind !== 'fail' || walked.quiet) return undefined;
    const upto = imp.path.slice(0, walked.index + 1);
    // rustc names the path up to the segment that fails, and points at that segment, or at the
    // whole path when the last one fails.
    const first = upto[0]!.span;
    const at = upto[upto.length - 1]!.span;
    const span = walked.index === imp.path.length - 1 ? { ...first, end: at.end, endLine: at.endLine, endCharacter: at.endCharacter } : at;
    return { code: 'E0432', message: `unresolved import \`${upto.map((s) => s.name).join('::')}\``, span };
  }

  private tryImport(imp: PendingImport): boolean {
    const walked = this.walkImport(imp);
    if (walked.kind === 'fail') return false;
    const target = walked.res;
    if (target.kind === 'Std') this.c.stdImports.push({ path: target.path, glob: imp.glob });
    if (imp.glob) {
      if (target.kind === 'Std') {
        imp.scope.globs.push({ from: { kind: 'Std', path: target.path }, isPub: imp.isPub });
        if (!globIsComplete(target.path)) imp.scope.opaque = true;
      } else if (target.kind === 'Def' && this.defs[target.def]!.kind === 'Enum') {
        imp.scope.globs.push({ from: { kind: 'Enum', def: target.def }, isPub: imp.isPub });
      } else {
        const s = this.scopeOf(target);
        if (s) imp.scope.globs.push({ from: { kind: 'Scope', scope: s }, isPub: imp.isPub });
      }
      return true;
    }
    const name = imp.name!.name;
    if (name === '_') {
      imp.scope.underscoreImports = true;
      return true;
    }
    const vis = imp.isPub ? {} : { visibleIn: imp.scope.normal };
    let bound = false;
    for (const ns of ['type', 'value', 'macro'] as const) {
      const r = walked.last ? walked.last[ns] : undefined;
      if (!r) continue;
      if (!imp.scope.names[ns].has(name)) imp.scope.names[ns].set(name, { res: r, ...vis });
      bound = true;
    }
    if (!bound && walked.last === undefined && target.kind === 'Std') {
      for (const ns of ['type', 'value', 'macro'] as const) if (!imp.scope.names[ns].has(name)) imp.scope.names[ns].set(name, { res: target, ...vis });
      bound = true;
    }
    return bound;
  }

  /** A `use` that cannot resolve still binds its name (to `Err`), so its uses are not reported again. */
  private bindFailed(imp: PendingImport): void {
    this.c.stdImports.push({ path: undefined, glob: imp.glob });
    if (imp.glob) {
      imp.scope.opaque = true;
      return;
    }
    const name = imp.name!.name;
    for (const ns of ['type', 'value', 'macro'] as const) if (!imp.scope.names[ns].has(name)) imp.scope.names[ns].set(name, { res: { kind: 'Err' } });
  }

  /**
   * Follows an import's path. `res` is what the whole path names (the last segment looked up in
   * the type namespace, or a std path); `last` what its last segment names in each namespace.
   */
  private walkImport(imp: PendingImport):
    | { kind: 'ok'; res: Res; last?: Partial<Record<Ns, Res>> }
    | { kind: 'fail'; index: number; quiet: boolean } {
    const segs = imp.path;
    let cur: Res | undefined;
    let i = 0;
    const first = segs[0]!.name;
    if (imp.global || first === 'std' || first === 'core') {
      if (imp.global || !this.lexical(imp.scope, first, 'type')) {
        if (!EXTERN_PRELUDE.has(first)) return { kind: 'fail', index: 0, quiet: false };
        const missing = missingStdMember(segs.map((s) => s.name));
        if (missing !== undefined) return { kind: 'fail', index: missing, quiet: false };
        return { kind: 'ok', res: { kind: 'Std', path: stdPathOf(segs.map((s) => s.name)) } };
      }
    }
    if (first === 'crate') {
      cur = { kind: 'Def', def: this.c.root.def };
      i = 1;
    } else if (first === 'self' || first === 'super') {
      let s: Scope | undefined = imp.scope.normal;
      if (first === 'super') s = s.parent;
      i = 1;
      while (s && segs[i]?.name === 'super') {
        s = s.parent;
        i++;
      }
      if (!s) return { kind: 'fail', index: i - 1, quiet: false };
      cur = { kind: 'Def', def: s.def };
    } else {
      cur = this.lexical(imp.scope, first, 'type')?.res;
      if (!cur && segs.length === 1) {
        const v = this.lexical(imp.scope, first, 'value') ?? this.lexical(imp.scope, first, 'macro');
        if (v) return { kind: 'ok', res: v.res, last: { value: v.res } };
      }
      if (!cur) {
        const p = PRELUDE[first];
        if (p) cur = { kind: 'Std', path: p.path };
      }
      if (!cur) return { kind: 'fail', index: 0, quiet: this.lexicallyOpaque(imp.scope) };
      i = 1;
    }
    if (i >= segs.length) return { kind: 'ok', res: cur, last: { type: cur } };
    for (; i < segs.length; i++) {
      const name = segs[i]!.name;
      const isLast = i === segs.length - 1;
      if (cur.kind === 'Std') return { kind: 'ok', res: { kind: 'Std', path: `${cur.path}::${segs.slice(i).map((s) => s.name).join('::')}` } };
      if (cur.kind !== 'Def') return { kind: 'fail', index: i, quiet: true };
      const def = this.defs[cur.def]!;
      if (def.kind === 'Mod') {
        const scope = this.c.scopeOfMod.get(cur.def)!;
        if (isLast) {
          const last: Partial<Record<Ns, Res>> = {};
          for (const ns of ['type', 'value', 'macro'] as const) {
            const b = this.inScope(scope, name, ns, imp.scope);
            if (b) last[ns] = b.res;
          }
          if (!last.type && !last.value && !last.macro) return { kind: 'fail', index: i, quiet: scope.opaque || exists(scope, name) };
          return { kind: 'ok', res: last.type ?? last.value ?? last.macro!, last };
        }
        const b = this.inScope(scope, name, 'type', imp.scope);
        if (!b) return { kind: 'fail', index: i, quiet: scope.opaque || exists(scope, name) };
        cur = b.res;
      } else if (def.kind === 'Enum') {
        const t = this.variant(cur.def, name, 'type');
        if (t === undefined) return { kind: 'fail', index: i, quiet: false };
        const v = this.variant(cur.def, name, 'value');
        const res: Res = { kind: 'Def', def: t };
        if (isLast) return { kind: 'ok', res, last: { type: res, ...(v !== undefined ? { value: { kind: 'Def', def: v } } : {}) } };
        cur = res;
      } else return { kind: 'fail', index: i, quiet: true };
    }
    return { kind: 'ok', res: cur, last: { type: cur } };
  }

  /** A name as the first segment of a `use` path: the scope, then enclosing blocks up to the module. */
  private lexical(scope: Scope, name: string, ns: Ns): Binding | undefined {
    for (let s: Scope | undefined = scope; s; s = s.kind === 'Block' ? s.parent : undefined) {
      const b = this.inScope(s, name, ns, scope);
      if (b) return b;
    }
    return undefined;
  }

  private lexicallyOpaque(scope: Scope): boolean {
    for (let s: Scope | undefined = scope; s; s = s.kind === 'Block' ? s.parent : undefined) if (s.opaque) return true;
    return false;
  }
}

const members = new Map<string, ReadonlySet<string>>();

/**
 * The index of the first segment of a `std::…` import that its module (one whose members rustc
 * recorded, stdModuleMembers.ts) does not have; undefined when every recorded module along the path
 * has the next segment, or the path leaves the recorded modules.
 */
function missingStdMember(segs: readonly string[]): number | undefined {
  if (segs[0] !== 'std') return undefined;
  for (let i = 1; i < segs.length; i++) {
    const module = segs.slice(0, i).join('::');
    const raw = STD_MODULE_MEMBERS[module];
    if (raw === undefined) return undefined;
    let set = members.get(module);
    if (!set) members.set(module, (set = new Set(raw.split(' '))));
    if (!set.has(segs[i]!)) return i;
  }
  return undefined;
}

const globComplete = new Map<string, boolean>();

/**
 * Whether a glob of this std module brings only what the table lists, so a name it does not bring
 * may be reported. True for an enum's variants, and for a module rustc's recorded member list
 * (stdModuleMembers.ts) shows the table knows whole; any other module may bring names the table
 * lacks (`use std::io::*` brings `copy`), so the scope with the glob stays quiet about them.
 */
function globIsComplete(module: string): boolean {
  let known = globComplete.get(module);
  if (known !== undefined) return known;
  const listed = STD_MODULES[module];
  const last = module.slice(module.lastIndexOf(':') + 1);
  const isEnum = /^[A-Z]/.test(last);
  const raw = STD_MODULE_MEMBERS[module];
  known = listed !== undefined && (isEnum || (raw !== undefined && raw.split(' ').every((name) => name in listed)));
  globComplete.set(module, known);
  return known;
}

