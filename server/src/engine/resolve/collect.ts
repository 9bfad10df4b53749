// The first pass: a DefId for every item, variant, field and generic parameter, the module and
// block scopes with the items they define (E0428 on a duplicate), and the list of `use`s to
// resolve. A block that declares items gets its scope when name resolution reaches it.
import type { AssocItem, Block, Generics, Ident, Item, NodeId, Span, UseTree, VariantData, Visibility } from '../syntax/ast';
import type { Def, DefId, DefKind, ResolveDiagnostic } from './res';
import { Scope, type Ns } from './scope';
import { STD_MACROS } from './stdTable';

/** One leaf of a `use` tree, waiting to be resolved. */
export interface PendingImport {
  scope: Scope;
  global: boolean;
  path: Ident[];
  /** The name it binds (`as` rename, or the last segment); undefined for a glob. */
  name?: Ident;
  glob: boolean;
  isPub: boolean;
  /** rustc's span for an unresolved import: the path. */
  span: Span;
}

export class Collector {
  readonly defs: Def[] = [];
  readonly defOfNode = new Map<NodeId, DefId>();
  readonly children = new Map<DefId, DefId[]>();
  readonly diagnostics: ResolveDiagnostic[] = [];
  readonly scopeOfMod = new Map<DefId, Scope>();
  readonly scopeOfBlock = new Map<NodeId, Scope>();
  /** Items declared in blocks (fn bodies and blocks nested in them), in the order reached. */
  readonly blockItems: Item[] = [];
  /** What each `use` of std imports (the std path), and each `use` that failed (`undefined`). */
  readonly stdImports: { path: string | undefined; glob: boolean }[] = [];
  private imports: PendingImport[] = [];
  readonly root: Scope;

  constructor(rootNode: NodeId) {
    const def = this.newDef('Mod', '', rootNode, undefined);
    this.root = new Scope('Mod', def, undefined);
    this.scopeOfMod.set(def, this.root);
  }

  newDef(kind: DefKind, name: string, node: NodeId, parent: DefId | undefined, ctor?: Def['ctor']): DefId {
    const id = this.defs.length;
    this.defs.push({ id, kind, name, node, ...(parent !== undefined ? { parent } : {}), ...(ctor ? { ctor } : {}) });
    this.defOfNode.set(node, id);
    if (parent !== undefined) {
      let list = this.children.get(parent);
      if (!list) this.children.set(parent, (list = []));
      list.push(id);
    }
    return id;
  }

  private define(scope: Scope, ns: Ns, name: string, def: DefId, vis: Visibility, span: Span): boolean {
    const names = scope.names[ns];
    if (names.has(name)) {
      this.diagnostics.push({ code: 'E0428', message: `the name \`${name}\` is defined multiple times`, span });
      return false;
    }
    names.set(name, { res: { kind: 'Def', def }, ...visibleIn(vis, scope), ...(vis.kind === 'Inherited' ? { privateItem: true } : {}) });
    return true;
  }

  /** The `use`s collected since the last call. */
  takeImports(): PendingImport[] {
    const out = this.imports;
    this.imports = [];
    return out;
  }

  /** A block's own scope for the items it declares (collected when name resolution reaches it). */
  blockScope(block: Block, parent: Scope, owner: DefId): Scope {
    const items = block.stmts.flatMap((st) => (st.kind === 'ItemStmt' ? [st.item] : []));
    const scope = new Scope('Block', parent.def, parent);
    this.scopeOfBlock.set(block.id, scope);
    this.blockItems.push(...items);
    this.collectItems(items, scope, owner);
    return scope;
  }

  collectItems(items: readonly Item[], scope: Scope, parent: DefId): void {
    for (const item of items) this.collectItem(item, scope, parent);
  }

  private collectItem(item: Item, scope: Scope, parent: DefId): void {
    switch (item.kind) {
      case 'Mod': {
        const def = this.newDef('Mod', item.name.name, item.id, parent);
        this.define(scope, 'type', item.name.name, def, item.vis, headSpan(item, item.name));
        const inner = new Scope('Mod', def, scope.normal);
        this.scopeOfMod.set(def, inner);
        // `mod m;` names another file, which a single-file program does not have.
        if (!item.items) inner.opaque = true;
        else this.collectItems(item.items, inner, def);
        return;
      }
      case 'Use':
        this.flattenUse(item.tree, [], item.tree.global, scope, item.vis.kind !== 'Inherited');
        return;
      case 'Fn': {
        const def = this.newDef('Fn', item.name.name, item.id, parent);
        this.define(scope, 'value', item.name.name, def, item.vis, headSpan(item, item.name));
        this.fnParts(item, def, scope);
        return;
      }
      case 'Struct': {
        const ctor = item.data.kind;
        const def = this.newDef('Struct', item.name.name, item.id, parent, ctor);
        // A tuple or unit struct also names its constructor; one E0428 covers both namespaces.
        const ok = this.define(scope, 'type', item.name.name, def, item.vis, headSpan(item, item.name));
        if (ctor !== 'Named' && ok) this.define(scope, 'value', item.name.name, def, item.vis, headSpan(item, item.name));
        this.generics(item.generics, def, scope);
        this.fields(item.data, def);
        return;
      }
      case 'Union': {
        const def = this.newDef('Union', item.name.name, item.id, parent);
        this.define(scope, 'type', item.name.name, def, item.vis, headSpan(item, item.name));
        this.generics(item.generics, def, scope);
        this.fields({ kind: 'Named', fields: item.fields }, def);
        return;
      }
      case 'Enum': {
        const def = this.newDef('Enum', item.name.name, item.id, parent);
        this.define(scope, 'type', item.name.name, def, item.vis, headSpan(item, item.name));
        this.generics(item.generics, def, scope);
        for (const v of item.variants) {
          const vd = this.newDef('Variant', v.name.name, v.id, def, v.data.kind);
          this.fields(v.data, vd);
        }
        return;
      }
      case 'Trait': {
        const def = this.newDef('Trait', item.name.name, item.id, parent);
        this.define(scope, 'type', item.name.name, def, item.vis, headSpan(item, item.name));
        this.generics(item.generics, def, scope);
        this.assocItems(item.items, def, scope);
        return;
      }
      case 'Impl': {
        const def = this.newDef('Impl', '', item.id, parent);
        this.generics(item.generics, def, scope);
        this.assocItems(item.items, def, scope);
        return;
      }
      case 'Const':
      case 'Static': {
        const def = this.newDef(item.kind, item.name.name, item.id, parent);
        if (item.name.name !== '_') this.define(scope, 'value', item.name.name, def, item.vis, headSpan(item, item.name));
        return;
      }
      case 'TypeAlias': {
        const def = this.newDef('TyAlias', item.name.name, item.id, parent);
        this.define(scope, 'type', item.name.name, def, item.vis, headSpan(item, item.name));
        this.generics(item.generics, def, scope);
        return;
      }
      case 'MacroRules': {
        const def = this.newDef('MacroRules', item.name.name, item.id, parent);
        scope.names.macro.set(item.name.name, { res: { kind: 'Def', def } });
        return;
      }
      case 'MacroCallItem': {
        if (item.mac.name === 'thread_local' && item.mac.args.kind === 'Opaque') {
          // Each `static NAME: T = …;` declares a `LocalKey` named NAME in this scope.
          for (const m of item.mac.args.tokens.matchAll(/\bstatic\s+([A-Za-z_][A-Za-z0-9_]*)\s*:/g)) {
            scope.names.value.set(m[1]!, { res: { kind: 'Std', path: 'std::thread::LocalKey' } });
          }
        } else if (!STD_MACROS.has(item.mac.name)) scope.opaque = true;
        return;
      }
      case 'Unsupported':
        scope.opaque = true;
        return;
    }
  }

  private assocItems(items: readonly AssocItem[], owner: DefId, scope: Scope): void {
    for (const a of items) {
      if (a.kind === 'Fn') this.fnParts(a, this.newDef('AssocFn', a.name.name, a.id, owner), scope);
      else if (a.kind === 'Const') {
        this.newDef('AssocConst', a.name.name, a.id, owner);
      } else if (a.kind === 'TypeAlias') this.generics(a.generics, this.newDef('AssocTy', a.name.name, a.id, owner), scope);
      else if (a.kind === 'MacroCallItem' && !STD_MACROS.has(a.mac.name)) scope.opaque = true;
    }
  }

  private fnParts(fn: Extract<Item, { kind: 'Fn' }>, def: DefId, scope: Scope): void {
    this.generics(fn.generics, def, scope);
  }

  private generics(g: Generics, owner: DefId, _scope: Scope): void {
    for (const p of g.params) {
      this.newDef(p.kind === 'TypeParam' ? 'TyParam' : p.kind === 'ConstParam' ? 'ConstParam' : 'LifetimeParam', p.name.name, p.id, owner);
    }
  }

  private fields(data: VariantData, owner: DefId): void {
    if (data.kind === 'Unit') return;
    data.fields.forEach((f, i) => this.newDef('Field', f.name?.name ?? String(i), f.id, owner));
  }

  private flattenUse(tree: UseTree, prefix: Ident[], global: boolean, scope: Scope, isPub: boolean): void {
    const path = [...prefix, ...tree.prefix];
    const span = tree.span;
    switch (tree.use.kind) {
      case 'Simple': {
        // `use a::{self}` imports `a`; `use a::b as _` imports nothing by name (traits in scope).
        let p = path;
        if (p.length > 1 && p[p.length - 1]!.name === 'self') p = p.slice(0, -1);
        const last = p[p.length - 1];
        if (!last) return;
        const name = tree.use.rename ?? last;
        this.imports.push({ scope, global, path: p, name, glob: false, isPub, span });
        return;
      }
      case 'Glob':
        this.imports.push({ scope, global, path, glob: true, isPub, span });
        return;
      case 'Nested':
        for (const t of tree.use.trees) this.flattenUse(t, path, global || t.global, scope, isPub);
    }
  }
}

function visibleIn(vis: Visibility, scope: Scope): { visibleIn?: Scope } {
  if (vis.kind === 'Public') return {};
  if (vis.kind === 'Restricted') {
    const first = vis.path.segments[0]?.ident.name;
    if (first === 'crate') return {};
    if (first === 'super') return scope.normal.parent ? { visibleIn: scope.normal.parent } : {};
    return { visibleIn: scope.normal };
  }
  return { visibleIn: scope.normal };
}

/** An item's span up to the end of its name (`struct S`), where rustc points a duplicate definition. */
function headSpan(item: Item, name: Ident): Span {
  const s = item.span;
  return { start: s.start, end: name.span.end, line: s.line, character: s.character, endLine: name.span.endLine, endCharacter: name.span.endCharacter };
}
