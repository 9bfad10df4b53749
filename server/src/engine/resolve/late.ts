// The second pass, over every body and signature: ribs of locals and generic parameters (with
// shadowing, and item boundaries that hide them), block scopes, and every path resolved in its
// namespace. Errors are rustc's codes and words, at rustc's primary span.
import type {
  AngleArgs, Arm, AssocItem, Block, Expr, GenericArgs, GenericBound, Generics, IdentPat, Item, MacCall, NodeId,
  Pat, Path, Span, Stmt, Type,
} from '../syntax/ast';
import type { Collector } from './collect';
import { Modules, stdFits } from './modules';
import type { DefId, PathRes, Res, ResolveDiagnostic } from './res';
import type { Ns, Scope } from './scope';
import { EXTERN_PRELUDE, PRELUDE, PRIMITIVES, STD_MACROS, stdNs, stdPathOf } from './stdTable';

interface Rib {
  values: Map<string, Res>;
  types: Map<string, Res>;
  /** A block's item scope, visible from everything inside the block. */
  scope?: Scope;
  /** Locals and generic parameters outside an item are not visible in it. */
  barrier: boolean;
}

/** Where a path is used, which decides its namespace and rustc's words when it is not found. */
type PathCtx = 'value' | 'call' | 'type' | 'trait' | 'struct' | 'tupleStructPat' | 'pat';

export class Late {
  readonly paths = new Map<NodeId, PathRes>();
  readonly patterns = new Map<NodeId, Res>();
  private ribs: Rib[] = [];
  private mod: Scope;
  /** The item whose body is being resolved (the parent of items declared in its blocks). */
  private owner: DefId;

  constructor(
    private readonly c: Collector,
    private readonly m: Modules,
    private readonly diagnostics: ResolveDiagnostic[],
    /** No "cannot find" errors at all (a syntax error, or a macro that may define names). */
    private readonly quiet: boolean,
  ) {
    this.mod = c.root;
    this.owner = c.root.def;
  }

  // --- items ------------------------------------------------------------------------------

  items(items: readonly Item[]): void {
    for (const item of items) this.item(item);
  }

  private withRibs(ribs: Rib[], run: () => void): void {
    const save = this.ribs.length;
    this.ribs.push(...ribs);
    try {
      run();
    } finally {
      this.ribs.length = save;
    }
  }

  private rib(barrier = false, scope?: Scope): Rib {
    return { values: new Map(), types: new Map(), barrier, ...(scope ? { scope } : {}) };
  }

  private item(item: Item): void {
    const def = this.c.defOfNode.get(item.id);
    const saveOwner = this.owner;
    if (def !== undefined) this.owner = def;
    try {
      this.itemInner(item, def);
    } finally {
      this.owner = saveOwner;
    }
  }

  private itemInner(item: Item, def: DefId | undefined): void {
    switch (item.kind) {
      case 'Mod': {
        if (!item.items || def === undefined) return;
        const saveMod = this.mod;
        const saveRibs = this.ribs;
        this.mod = this.c.scopeOfMod.get(def)!;
        this.ribs = [];
        try {
          this.items(item.items);
        } finally {
          this.mod = saveMod;
          this.ribs = saveRibs;
        }
        return;
      }
      case 'Fn':
        this.withRibs([this.rib(true)], () => this.fn(item));
        return;
      case 'Struct':
      case 'Union':
      case 'Enum':
        this.withRibs([this.rib(true), this.genericsRib(item.generics), this.selfRib(def!)], () => {
          this.where(item.generics);
          if (item.kind === 'Enum') {
            for (const v of item.variants) {
              if (v.data.kind !== 'Unit') for (const f of v.data.fields) this.type(f.ty);
              if (v.discriminant) this.expr(v.discriminant);
            }
          } else {
            const fields = item.kind === 'Union' ? item.fields : item.data.kind === 'Unit' ? [] : item.data.fields;
            for (const f of fields) this.type(f.ty);
          }
        });
        return;
      case 'Trait':
        this.withRibs([this.rib(true), this.genericsRib(item.generics), this.selfRib(def!)], () => {
          this.where(item.generics);
          this.bounds(item.supertraits);
          this.assocItems(item.items);
        });
        return;
      case 'Impl':
        this.withRibs([this.rib(true), this.genericsRib(item.generics)], () => {
          this.where(item.generics);
          this.type(item.selfTy);
          if (item.trait) this.path(item.trait, 'trait');
          this.withRibs([this.selfRib(def!)], () => this.assocItems(item.items));
        });
        return;
      case 'Const':
      case 'Static':
        this.withRibs([this.rib(true)], () => {
          this.type(item.ty);
          if (item.value) this.expr(item.value);
        });
        return;
      case 'TypeAlias':
        this.withRibs([this.rib(true), this.genericsRib(item.generics)], () => {
          this.where(item.generics);
          this.bounds(item.bounds);
          if (item.ty) this.type(item.ty);
        });
        return;
      case 'MacroCallItem':
        this.macCall(item.mac);
        return;
      default:
        return;
    }
  }

  private assocItems(items: readonly AssocItem[]): void {
    for (const a of items) {
      if (a.kind === 'Fn') this.fn(a);
      else if (a.kind === 'Const') {
        this.type(a.ty);
        if (a.value) this.expr(a.value);
      } else if (a.kind === 'TypeAlias') {
        this.withRibs([this.genericsRib(a.generics)], () => {
          this.bounds(a.bounds);
          if (a.ty) this.type(a.ty);
        });
      } else if (a.kind === 'MacroCallItem') this.macCall(a.mac);
    }
  }

  private selfRib(def: DefId): Rib {
    const r = this.rib();
    r.types.set('Self', { kind: 'SelfTy', def });
    return r;
  }

  private genericsRib(g: Generics): Rib {
    const r = this.rib();
    for (const p of g.params) {
      const def = this.c.defOfNode.get(p.id);
      if (def === undefined) continue;
      if (p.kind === 'TypeParam') r.types.set(p.name.name, { kind: 'Def', def });
      else if (p.kind === 'ConstParam') r.values.set(p.name.name, { kind: 'Def', def });
    }
    // Bounds and defaults may name any parameter of the list, so they resolve once all are in scope.
    this.withRibs([r], () => {
      for (const p of g.params) {
        if (p.kind === 'TypeParam') {
          this.bounds(p.bounds);
          if (p.default) this.type(p.default);
        } else if (p.kind === 'ConstParam') {
          this.type(p.ty);
          if (p.default) this.expr(p.default);
        }
      }
    });
    return r;
  }

  private where(g: Generics): void {
    for (const w of g.where) {
      if (w.kind === 'BoundPredicate') {
        this.type(w.ty);
        this.bounds(w.bounds);
      }
    }
  }

  private fn(fn: Extract<Item, { kind: 'Fn' }>): void {
    this.withRibs([this.genericsRib(fn.generics)], () => {
      this.where(fn.generics);
      const params = this.rib();
      const bound = new Map<string, NodeId>();
      if (fn.sig.selfParam) {
        if (fn.sig.selfParam.ty) this.type(fn.sig.selfParam.ty);
        params.values.set('self', { kind: 'Local', binding: fn.sig.selfParam.id });
      }
      for (const p of fn.sig.params) {
        this.type(p.ty);
        this.pat(p.pat, params, bound, 'E0415');
      }
      if (fn.sig.ret) this.type(fn.sig.ret);
      if (fn.body) this.withRibs([params], () => this.block(fn.body!));
    });
  }

  // --- bodies -----------------------------------------------------------------------------

  /** Collects a block's items into its own scope and resolves its `use`s, on first reaching it. */
  private blockScope(b: Block): Scope {
    let parent: Scope = this.mod;
    for (let i = this.ribs.length - 1; i >= 0; i--) {
      const s = this.ribs[i]!.scope;
      if (s) {
        parent = s;
        break;
      }
    }
    const scope = this.c.blockScope(b, parent, this.owner);
    this.m.resolveImports(this.c.takeImports(), this.diagnostics, this.quiet);
    return scope;
  }

  private block(b: Block): void {
    const scope = b.stmts.some((st) => st.kind === 'ItemStmt') ? this.blockScope(b) : undefined;
    this.withRibs([this.rib(false, scope)], () => {
      for (const s of b.stmts) this.stmt(s);
    });
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case 'Let': {
        if (s.ty) this.type(s.ty);
        if (s.init) this.expr(s.init);
        if (s.else) this.block(s.else);
        // The bindings are visible from the next statement to the end of the block.
        const r = this.rib();
        this.pat(s.pat, r, new Map(), 'E0416');
        this.ribs.push(r);
        return;
      }
      case 'ExprStmt':
        this.expr(s.expr);
        return;
      case 'ItemStmt':
        this.item(s.item);
        return;
      default:
        return;
    }
  }

  /** Expressions; the left operands of a binary chain are walked in a loop, not by recursion. */
  private expr(e: Expr): void {
    if (e.kind === 'Binary') {
      const rights: Expr[] = [];
      let cur: Expr = e;
      while (cur.kind === 'Binary' && cur.op !== '&&') {
        rights.push(cur.rhs);
        cur = cur.lhs;
      }
      if (cur.kind === 'Binary') this.cond(cur);
      else this.expr(cur);
      for (let i = rights.length - 1; i >= 0; i--) this.expr(rights[i]!);
      return;
    }
    switch (e.kind) {
      case 'PathExpr':
        this.path(e.path, 'value');
        return;
      case 'Unary': case 'Field': case 'Try': case 'Paren':
        this.expr(e.expr);
        return;
      case 'Ref':
        this.expr(e.expr);
        return;
      case 'Cast':
        this.expr(e.expr);
        this.type(e.ty);
        return;
      case 'Assign': case 'AssignOp':
        this.expr(e.lhs);
        this.expr(e.rhs);
        return;
      case 'Call':
        if (e.callee.kind === 'PathExpr') this.path(e.callee.path, 'call');
        else this.expr(e.callee);
        for (const a of e.args) this.expr(a);
        return;
      case 'MethodCall':
        this.expr(e.receiver);
        if (e.turbofish) this.genericArgs(e.turbofish);
        for (const a of e.args) this.expr(a);
        return;
      case 'Index':
        this.expr(e.expr);
        this.expr(e.index);
        return;
      case 'Tuple': case 'Array':
        for (const x of e.elems) this.expr(x);
        return;
      case 'Repeat':
        this.expr(e.elem);
        this.expr(e.count);
        return;
      case 'StructExpr':
        this.path(e.path, 'struct');
        for (const f of e.fields) this.expr(f.expr);
        if (e.base) this.expr(e.base);
        return;
      case 'BlockExpr':
        this.block(e.block);
        return;
      case 'If':
        this.withRibs([this.rib()], () => {
          this.cond(e.cond);
          this.block(e.then);
        });
        if (e.else) this.expr(e.else);
        return;
      case 'LetExpr':
        // A `let` outside an `if`/`while` condition (rustc rejects it elsewhere): its bindings go nowhere.
        this.expr(e.expr);
        this.pat(e.pat, this.rib(), new Map(), 'E0416');
        return;
      case 'Match':
        this.expr(e.scrutinee);
        for (const a of e.arms) this.arm(a);
        return;
      case 'While':
        this.withRibs([this.rib()], () => {
          this.cond(e.cond);
          this.block(e.body);
        });
        return;
      case 'Loop':
        this.block(e.body);
        return;
      case 'For': {
        this.expr(e.iter);
        const r = this.rib();
        this.pat(e.pat, r, new Map(), 'E0416');
        this.withRibs([r], () => this.block(e.body));
        return;
      }
      case 'Break':
        if (e.value) this.expr(e.value);
        return;
      case 'Return':
        if (e.value) this.expr(e.value);
        return;
      case 'Closure': {
        const r = this.rib();
        const bound = new Map<string, NodeId>();
        for (const p of e.params) {
          if (p.ty) this.type(p.ty);
          this.pat(p.pat, r, bound, 'E0415');
        }
        if (e.ret) this.type(e.ret);
        this.withRibs([r], () => this.expr(e.body));
        return;
      }
      case 'Range':
        if (e.start) this.expr(e.start);
        if (e.end) this.expr(e.end);
        return;
      case 'MacCallExpr':
        this.macCall(e.mac);
        return;
      default:
        return;
    }
  }

  /** An `if`/`while` condition: `let`s bind into the innermost rib, seen by later operands and the body. */
  private cond(e: Expr): void {
    if (e.kind === 'Binary' && e.op === '&&') {
      const parts: Expr[] = [];
      let cur: Expr = e;
      while (cur.kind === 'Binary' && cur.op === '&&') {
        parts.push(cur.rhs);
        cur = cur.lhs;
      }
      parts.push(cur);
      for (let i = parts.length - 1; i >= 0; i--) this.cond(parts[i]!);
      return;
    }
    if (e.kind === 'LetExpr') {
      this.expr(e.expr);
      this.pat(e.pat, this.ribs[this.ribs.length - 1]!, new Map(), 'E0416');
      return;
    }
    this.expr(e);
  }

  private arm(a: Arm): void {
    const r = this.rib();
    this.pat(a.pat, r, new Map(), 'E0416');
    this.withRibs([r], () => {
      if (a.guard) this.cond(a.guard);
      this.expr(a.body);
    });
  }

  private macCall(mac: MacCall): void {
    const p = mac.path;
    if (p.segments.length === 1) {
      const name = p.segments[0]!.ident.name;
      const user = this.lookup(name, 'macro');
      if (user) this.paths.set(p.id, { res: user, unresolved: 0 });
      else if (STD_MACROS.has(name)) this.paths.set(p.id, { res: { kind: 'Std', path: `std::${name}` }, unresolved: 0 });
    } else if (['std', 'core'].includes(p.segments[0]!.ident.name)) {
      this.paths.set(p.id, { res: { kind: 'Std', path: stdPathOf(p.segments.map((s) => s.ident.name)) }, unresolved: 0 });
    }
    const a = mac.args;
    switch (a.kind) {
      case 'Format':
        if (a.dest) this.expr(a.dest);
        if (a.format) {
          for (const x of a.format.args) this.expr(x.expr);
          for (const cap of a.format.captures) this.path(cap.path, 'value');
        }
        return;
      case 'Exprs':
        for (const x of a.exprs) this.expr(x);
        if (a.format) {
          for (const x of a.format.args) this.expr(x.expr);
          for (const cap of a.format.captures) this.path(cap.path, 'value');
        }
        return;
      case 'Repeat':
        this.expr(a.elem);
        this.expr(a.count);
        return;
      case 'Matches': {
        this.expr(a.expr);
        const r = this.rib();
        this.pat(a.pat, r, new Map(), 'E0416');
        if (a.guard) this.withRibs([r], () => this.expr(a.guard!));
        return;
      }
      default:
        return;
    }
  }

  // --- patterns ---------------------------------------------------------------------------

  /**
   * Resolves a pattern's paths and adds its bindings to `rib`. `bound` holds the names already
   * bound in the same pattern (or parameter list): a second one is E0416 (E0415 for parameters).
   */
  private pat(p: Pat, rib: Rib, bound: Map<string, NodeId>, dupCode: 'E0416' | 'E0415'): void {
    switch (p.kind) {
      case 'IdentPat': {
        if (p.mode === 'value' && !p.isMut && !p.sub) {
          const named = this.constLike(p.name.name);
          if (named) {
            this.patterns.set(p.id, named);
            return;
          }
        }
        this.bind(p, rib, bound, dupCode);
        if (p.sub) this.pat(p.sub, rib, bound, dupCode);
        return;
      }
      case 'PathPat':
        this.path(p.path, 'pat');
        this.patternKind(p, 'unit');
        return;
      case 'TupleStructPat':
        this.path(p.path, 'tupleStructPat');
        this.patternKind(p, 'tuple');
        for (const x of p.elems) this.pat(x, rib, bound, dupCode);
        return;
      case 'StructPat':
        this.path(p.path, 'struct');
        for (const f of p.fields) this.pat(f.pat, rib, bound, dupCode);
        return;
      case 'TuplePat': case 'SlicePat':
        for (const x of p.elems) this.pat(x, rib, bound, dupCode);
        return;
      case 'RefPat':
        this.pat(p.pat, rib, bound, dupCode);
        return;
      case 'RangePat':
        for (const end of [p.start, p.end]) {
          if (end?.kind === 'PathPat') this.path(end.path, 'pat');
          else if (end?.kind === 'IdentPat') {
            const named = this.constLike(end.name.name) ?? this.lookup(end.name.name, 'value');
            if (named) this.patterns.set(end.id, named);
          }
        }
        return;
      case 'OrPat': {
        // Every alternative binds the same names; each use refers to the first alternative's binding.
        const first = new Map<string, NodeId>();
        p.alts.forEach((alt, i) => {
          const mine = new Map<string, NodeId>();
          const altRib = this.rib();
          this.pat(alt, altRib, mine, dupCode);
          for (const [name, id] of mine) {
            if (i === 0) first.set(name, id);
            else if (first.has(name)) this.patterns.set(id, { kind: 'Local', binding: first.get(name)! });
          }
        });
        for (const [name, id] of first) {
          if (bound.has(name)) this.dup(dupCode, name, this.identSpan(p, id));
          bound.set(name, id);
          rib.values.set(name, { kind: 'Local', binding: id });
        }
        return;
      }
      case 'MacCallPat':
        this.macCall(p.mac);
        return;
      default:
        return;
    }
  }

  /** E0532: `X(..)` naming a struct or unit variant, or a bare path naming a tuple variant. */
  private patternKind(p: Extract<Pat, { kind: 'PathPat' | 'TupleStructPat' }>, want: 'unit' | 'tuple'): void {
    const pr = this.paths.get(p.path.id);
    if (this.quiet || !pr || pr.unresolved !== 0) return;
    let res = pr.res;
    // A struct with named fields has no constructor: `B(..)` finds it only among types.
    if (res.kind === 'Err' && want === 'tuple' && p.path.segments.length === 1 && !p.path.qself) {
      const t = this.lookup(p.path.segments[0]!.ident.name, 'type');
      if (t) res = t;
    }
    if (res.kind !== 'Def') return;
    const d = this.c.defs[res.def]!;
    const written = p.path.segments.map((s) => s.ident.name).join('::');
    let found: string | undefined;
    if (want === 'tuple') {
      if (d.kind === 'Struct' && d.ctor === 'Named') found = 'struct';
      else if (d.kind === 'Struct' && d.ctor === 'Unit') found = 'unit struct';
      else if (d.kind === 'Variant' && d.ctor === 'Unit') found = 'unit variant';
      if (found) this.diagnostics.push({ code: 'E0532', message: `expected tuple struct or tuple variant, found ${found} \`${written}\``, span: p.span });
    } else if (d.kind === 'Variant' && d.ctor === 'Tuple') {
      this.diagnostics.push({ code: 'E0532', message: `expected unit struct, unit variant or constant, found tuple variant \`${written}\``, span: p.span });
    }
  }

  private identSpan(p: Pat, id: NodeId): Span {
    return p.span.start >= 0 ? findIdent(p, id) ?? p.span : p.span;
  }

  private bind(p: IdentPat, rib: Rib, bound: Map<string, NodeId>, dupCode: 'E0416' | 'E0415'): void {
    const name = p.name.name;
    if (bound.has(name)) this.dup(dupCode, name, p.name.span);
    else bound.set(name, p.id);
    this.patterns.set(p.id, { kind: 'Local', binding: p.id });
    rib.values.set(name, { kind: 'Local', binding: p.id });
  }

  private dup(code: 'E0416' | 'E0415', name: string, span: Span): void {
    const message = code === 'E0416'
      ? `identifier \`${name}\` is bound more than once in the same pattern`
      : `identifier \`${name}\` is bound more than once in this parameter list`;
    this.diagnostics.push({ code, message, span });
  }

  /** A lone identifier in a pattern names a unit struct, unit variant or constant instead of binding when one is in scope. */
  private constLike(name: string): Res | undefined {
    const r = this.lookup(name, 'value', true);
    if (!r) return undefined;
    if (r.kind === 'Std') return stdNs(r.path) === 'u' ? r : undefined;
    if (r.kind !== 'Def') return undefined;
    const d = this.c.defs[r.def]!;
    if (d.kind === 'Const' || d.kind === 'Static' || d.kind === 'AssocConst') return r;
    if ((d.kind === 'Struct' || d.kind === 'Variant') && d.ctor === 'Unit') return r;
    return undefined;
  }

  // --- types ------------------------------------------------------------------------------

  private type(t: Type): void {
    switch (t.kind) {
      case 'PathType':
        this.path(t.path, 'type');
        return;
      case 'RefType': case 'PtrType': case 'ParenType':
        this.type(t.ty);
        return;
      case 'SliceType':
        this.type(t.elem);
        return;
      case 'ArrayType':
        this.type(t.elem);
        this.expr(t.len);
        return;
      case 'TupleType':
        for (const x of t.elems) this.type(x);
        return;
      case 'FnPtrType':
        for (const x of t.params) this.type(x);
        if (t.ret) this.type(t.ret);
        return;
      case 'ImplTrait': case 'DynTrait':
        this.bounds(t.bounds);
        return;
      default:
        return;
    }
  }

  private bounds(bs: readonly GenericBound[]): void {
    for (const b of bs) if (b.kind === 'TraitBound') this.path(b.path, 'trait');
  }

  private genericArgs(a: GenericArgs): void {
    if (a.kind === 'ParenArgs') {
      for (const t of a.inputs) this.type(t);
      if (a.output) this.type(a.output);
      return;
    }
    this.angleArgs(a);
  }

  private angleArgs(a: AngleArgs): void {
    for (const g of a.args) {
      if (g.kind === 'ConstArg') this.expr(g.expr);
      else if (g.kind === 'TypeArg') {
        // `Foo<N>` may pass a const parameter: a single name not found as a type is tried as a value.
        const ty = g.ty;
        if (ty.kind === 'PathType' && !ty.path.qself && ty.path.segments.length === 1 && !ty.path.segments[0]!.args) {
          const name = ty.path.segments[0]!.ident.name;
          if (!this.lookup(name, 'type') && !PRIMITIVES.has(name)) {
            const v = this.lookup(name, 'value');
            if (v) {
              this.paths.set(ty.path.id, { res: v, unresolved: 0 });
              continue;
            }
          }
        }
        this.type(ty);
      }
    }
    for (const c of a.constraints) {
      if (c.args) this.genericArgs(c.args);
      if (c.ty) this.type(c.ty);
      if (c.bounds) this.bounds(c.bounds);
    }
  }

  // --- paths ------------------------------------------------------------------------------

  /** A single name, looked up from the innermost rib outwards, then the module, the extern prelude, the std prelude, the primitives. */
  lookup(name: string, ns: Ns, itemsOnly = false): Res | undefined {
    let crossed = itemsOnly;
    for (let i = this.ribs.length - 1; i >= 0; i--) {
      const rib = this.ribs[i]!;
      if (!crossed && ns !== 'macro') {
        const r = (ns === 'type' ? rib.types : rib.values).get(name);
        if (r) return r;
      }
      if (itemsOnly && ns === 'type' && name === 'Self') {
        const r = rib.types.get(name);
        if (r) return r;
      }
      if (rib.scope) {
        const b = this.m.inScope(rib.scope, name, ns, rib.scope);
        if (b) return b.res;
      }
      if (rib.barrier) crossed = true;
    }
    const b = this.m.inScope(this.mod, name, ns, this.mod);
    if (b) return b.res;
    if (ns === 'type' && EXTERN_PRELUDE.has(name)) return { kind: 'Std', path: 'std' };
    const p = PRELUDE[name];
    if (p && stdFits(p.ns, ns)) return { kind: 'Std', path: p.path };
    if (ns === 'macro' && STD_MACROS.has(name)) return { kind: 'Std', path: `std::${name}` };
    if (ns === 'type' && PRIMITIVES.has(name)) return { kind: 'Prim', name };
    return undefined;
  }

  /** Whether a name not found might still exist (a local of an outer fn, an unexpanded macro's item…). */
  private mayExist(name: string, ns: Ns): boolean {
    if (this.quiet || this.mod.opaque) return true;
    for (const rib of this.ribs) {
      if (rib.scope?.opaque) return true;
      if ((ns === 'type' ? rib.types : rib.values).has(name)) return true;
    }
    return false;
  }

  private record(path: Path, res: Res, unresolved = 0): void {
    this.paths.set(path.id, { res, unresolved });
  }

  path(path: Path, ctx: PathCtx): void {
    for (const s of path.segments) if (s.args) this.genericArgs(s.args);
    const ns: Ns = ctx === 'type' || ctx === 'trait' || ctx === 'struct' ? 'type' : 'value';
    const segs = path.segments;
    const n = segs.length;
    if (path.qself) {
      this.type(path.qself.ty);
      if (path.qself.trait) {
        this.path(path.qself.trait, 'trait');
        const tr = this.paths.get(path.qself.trait.id)?.res;
        if (tr?.kind === 'Def' && this.c.defs[tr.def]!.kind === 'Trait' && n >= 1) {
          const item = this.m.assoc(tr.def, segs[0]!.ident.name, n === 1 ? ns : 'type');
          if (item !== undefined) return this.record(path, { kind: 'Def', def: item }, n - 1);
        }
        if (tr?.kind === 'Std') return this.record(path, { kind: 'Std', path: `${tr.path}::${segs.map((s) => s.ident.name).join('::')}` });
        return this.record(path, tr ?? { kind: 'Err' }, n);
      }
      const base = path.qself.ty.kind === 'PathType' ? this.paths.get(path.qself.ty.path.id)?.res : undefined;
      return this.record(path, base ?? { kind: 'Err' }, n);
    }
    const first = segs[0]!.ident;
    let cur: Res | undefined;
    let i = 1;
    if (path.global) {
      cur = EXTERN_PRELUDE.has(first.name) ? { kind: 'Std', path: 'std' } : undefined;
      if (!cur) return this.record(path, { kind: 'Err' });
    } else if (first.name === 'crate') cur = { kind: 'Def', def: this.c.root.def };
    else if ((first.name === 'self' && n > 1) || first.name === 'super') {
      let s: Scope | undefined = this.mod;
      if (first.name === 'super') s = s.parent;
      while (s && segs[i]?.ident.name === 'super') {
        s = s.parent;
        i++;
      }
      if (!s) return this.record(path, { kind: 'Err' });
      cur = { kind: 'Def', def: s.def };
    } else {
      cur = this.lookup(first.name, n === 1 ? ns : 'type');
      if (!cur && n === 1) return this.notFound(path, ctx);
      if (!cur) {
        if (!this.mayExist(first.name, 'type')) {
          const what = /^[A-Z]/.test(first.name) ? 'type' : 'module or crate';
          this.diagnostics.push({ code: 'E0433', message: `cannot find ${what} \`${first.name}\` in this scope`, span: first.span });
        }
        return this.record(path, { kind: 'Err' });
      }
    }
    if (!cur) return this.record(path, { kind: 'Err' });
    for (; i < n; i++) {
      const seg = segs[i]!.ident;
      const isLast = i === n - 1;
      const want: Ns = isLast ? ns : 'type';
      if (cur.kind === 'Std') {
        const rest = segs.slice(i).map((s) => s.ident.name);
        return this.record(path, { kind: 'Std', path: cur.path === 'std' ? stdPathOf(['std', ...rest]) : `${cur.path}::${rest.join('::')}` });
      }
      if (cur.kind !== 'Def') return this.record(path, cur, n - i);
      const def = this.c.defs[cur.def]!;
      if (def.kind === 'Mod') {
        const scope = this.c.scopeOfMod.get(cur.def)!;
        const b = this.m.inScope(scope, seg.name, want, this.mod);
        if (!b) {
          // A private item that exists is E0603 (privacy), not a name that names nothing.
          const exists = scope.names.type.has(seg.name) || scope.names.value.has(seg.name);
          if (!scope.opaque && !this.quiet && !exists) this.missingIn(path, i, ctx, def.name || 'crate');
          return this.record(path, { kind: 'Err' });
        }
        cur = b.res;
        continue;
      }
      if (def.kind === 'Enum') {
        const v = this.m.variant(cur.def, seg.name, want);
        if (v === undefined) return this.record(path, cur, n - i);
        cur = { kind: 'Def', def: v };
        continue;
      }
      if (def.kind === 'Trait') {
        const a = this.m.assoc(cur.def, seg.name, want);
        if (a === undefined) return this.record(path, cur, n - i);
        cur = { kind: 'Def', def: a };
        continue;
      }
      return this.record(path, cur, n - i);
    }
    this.record(path, cur);
  }

  /** rustc's error for a single name that resolves to nothing. */
  private notFound(path: Path, ctx: PathCtx): void {
    const ident = path.segments[0]!.ident;
    const name = ident.name;
    this.record(path, { kind: 'Err' });
    const ns: Ns = ctx === 'type' || ctx === 'trait' || ctx === 'struct' ? 'type' : 'value';
    if (this.mayExist(name, ns)) return;
    if (name === 'Self' && ns === 'type') {
      this.diagnostics.push({ code: 'E0411', message: 'cannot find type `Self` in this scope', span: ident.span });
      return;
    }
    // `self` outside a method is E0424, `Self` outside an impl in value position E0411's kin: not this check's words.
    if (name === 'self' || name === 'Self') return;
    if (ctx === 'value' || ctx === 'call') {
      const t = this.lookup(name, 'type');
      if (t?.kind === 'Def') {
        const d = this.c.defs[t.def]!;
        if (d.kind === 'Struct' && d.ctor === 'Named') {
          const message = ctx === 'call'
            ? `expected function, tuple struct or tuple variant, found struct \`${name}\``
            : `expected value, found struct \`${name}\``;
          this.diagnostics.push({ code: 'E0423', message, span: ident.span });
        } else if (d.kind === 'Mod' && ctx === 'value') {
          this.diagnostics.push({ code: 'E0423', message: `expected value, found module \`${name}\``, span: ident.span });
        }
        return;
      }
      if (t) return;
      const what = ctx === 'call' ? 'function' : 'value';
      this.diagnostics.push({ code: 'E0425', message: `cannot find ${what} \`${name}\` in this scope`, span: ident.span });
      return;
    }
    if (ctx === 'type') {
      if (this.lookup(name, 'value')) return;
      this.diagnostics.push({ code: 'E0425', message: `cannot find type \`${name}\` in this scope`, span: ident.span });
      return;
    }
    if (ctx === 'struct') {
      this.diagnostics.push({ code: 'E0422', message: `cannot find struct, variant or union type \`${name}\` in this scope`, span: ident.span });
      return;
    }
    if (ctx === 'tupleStructPat') {
      if (this.lookup(name, 'type')) return;
      this.diagnostics.push({ code: 'E0531', message: `cannot find tuple struct or tuple variant \`${name}\` in this scope`, span: ident.span });
    }
  }

  /** rustc's error for `m::x` where module `m` has no `x`. */
  private missingIn(path: Path, i: number, ctx: PathCtx, module: string): void {
    const ident = path.segments[i]!.ident;
    const isLast = i === path.segments.length - 1;
    if (!isLast) {
      this.diagnostics.push({ code: 'E0433', message: `cannot find \`${ident.name}\` in \`${module}\``, span: ident.span });
      return;
    }
    if (ctx === 'value' || ctx === 'call') {
      const what = ctx === 'call' ? 'function' : 'value';
      this.diagnostics.push({ code: 'E0425', message: `cannot find ${what} \`${ident.name}\` in module \`${module}\``, span: ident.span });
    } else if (ctx === 'type') {
      this.diagnostics.push({ code: 'E0425', message: `cannot find type \`${ident.name}\` in module \`${module}\``, span: ident.span });
    } else if (ctx === 'struct') {
      this.diagnostics.push({ code: 'E0422', message: `cannot find struct, variant or union type \`${ident.name}\` in module \`${module}\``, span: ident.span });
    }
  }
}

/** The span of the binding `id` inside pattern `p`. */
function findIdent(p: Pat, id: NodeId): Span | undefined {
  const stack: Pat[] = [p];
  while (stack.length) {
    const q = stack.pop()!;
    if (q.kind === 'IdentPat') {
      if (q.id === id) return q.name.span;
      if (q.sub) stack.push(q.sub);
    } else if (q.kind === 'TuplePat' || q.kind === 'SlicePat' || q.kind === 'TupleStructPat') stack.push(...q.elems);
    else if (q.kind === 'StructPat') stack.push(...q.fields.map((f) => f.pat));
    else if (q.kind === 'RefPat') stack.push(q.pat);
    else if (q.kind === 'OrPat') stack.push(...q.alts);
  }
  return undefined;
}
