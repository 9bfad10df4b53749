// The second pass, over every body and signature: ribs of locals and generic parameters (with
// shadowing, and item boundaries that hide them), block scopes, and every path resolved in its
// namespace (paths.ts) and every pattern's bindings (patterns.ts).
import type {
  AngleArgs, Arm, AssocItem, Block, Expr, GenericArgs, GenericBound, Generics, Item, MacCall, NodeId, Stmt, Type,
} from '../syntax/ast';
import type { Collector } from './collect';
import type { Modules } from './modules';
import { RibNames, type Rib } from './paths';
import { PatternResolver } from './patterns';
import type { DefId, ResolveDiagnostic } from './res';
import type { Scope } from './scope';
import { PRIMITIVES, STD_MACROS, stdPathOf } from './stdTable';

export class Late extends PatternResolver {
  /** The item whose body is being resolved (the parent of items declared in its blocks). */
  private owner: DefId;
  /** The scope each method call is made in (for the traits in scope). */
  readonly methodScopes = new Map<NodeId, Scope>();

  constructor(c: Collector, m: Modules, diagnostics: ResolveDiagnostic[], quiet: boolean) {
    super(c, m, diagnostics, quiet);
    this.owner = c.root.def;
  }

  // --- items ------------------------------------------------------------------------------

  items(items: readonly Item[]): void {
    for (const item of items) this.item(item);
  }

  protected withRibs(ribs: Rib[], run: () => void): void {
    const save = this.ribs.length;
    for (let i = 0; i < ribs.length; i++) this.ribs.push(ribs[i]!);
    try {
      run();
    } finally {
      this.ribs.length = save;
    }
  }

  protected rib(barrier = false, scope?: Scope): Rib {
    return { values: new RibNames(), types: new RibNames(), barrier, scope };
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

  /** The scope names are looked up in here: the innermost block that declares items, else the module. */
  private innermostScope(): Scope {
    for (let i = this.ribs.length - 1; i >= 0; i--) {
      const s = this.ribs[i]!.scope;
      if (s) return s;
    }
    return this.mod;
  }

  /** Collects a block's items into its own scope and resolves its `use`s, on first reaching it. */
  private blockScope(b: Block): Scope {
    const scope = this.c.blockScope(b, this.innermostScope(), this.owner);
    this.m.resolveImports(this.c.takeImports(), this.diagnostics, this.quiet);
    return scope;
  }

  private block(b: Block): void {
    const scope = declaresItems(b) ? this.blockScope(b) : undefined;
    // As `withRibs`, without an array and a closure per block.
    const save = this.ribs.length;
    this.ribs.push(this.rib(false, scope));
    try {
      for (const s of b.stmts) this.stmt(s);
    } finally {
      this.ribs.length = save;
    }
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
  protected expr(e: Expr): void {
    if (e.kind === 'Binary') {
      // One operator over operands that are not chains themselves (most): no list for it.
      if (e.op !== '&&' && !(e.lhs.kind === 'Binary' && e.lhs.op !== '&&')) {
        if (e.lhs.kind === 'Binary') this.cond(e.lhs);
        else this.expr(e.lhs);
        this.expr(e.rhs);
        return;
      }
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
        this.methodScopes.set(e.id, this.innermostScope());
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

  protected macCall(mac: MacCall): void {
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

  // --- types ------------------------------------------------------------------------------

  protected type(t: Type): void {
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

  protected genericArgs(a: GenericArgs): void {
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
}

function declaresItems(b: Block): boolean {
  for (let i = 0; i < b.stmts.length; i++) if (b.stmts[i]!.kind === 'ItemStmt') return true;
  return false;
}
