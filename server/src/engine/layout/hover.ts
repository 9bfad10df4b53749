// What the hover says about types and bindings: on a type name (its definition or any use) the
// type's layout; on a binding or parameter with a written or evident type, its size on the
// stack and what it owns on the heap. Returns Markdown, or undefined when the position is neither.
import type { Expr, Item, Pat, PathType, Type } from '../syntax/ast';
import { layoutMarkdown, bytes } from './describe';
import type { LayoutResult } from './layout';
import { nodesAt, startsOfKind, type SpannedNode } from './nodesAt';
import { printType, textOf, type TypeExpr } from './typeExpr';
import { NO_SCOPE, type TypeEnv, type TypeScope } from './typeEnv';

const DECL_ITEMS: Record<string, string> = { Struct: 'struct', Enum: 'enum', Union: 'union', TypeAlias: 'type' };
const SCOPED_ITEMS = new Set(['Fn', 'Impl', 'Trait', 'Struct', 'Enum', 'Union', 'TypeAlias', 'Const']);

/** The type scope at the end of `chain`: the generics and `Self` of the items around it. */
function scopeOf(env: TypeEnv, chain: readonly SpannedNode[]): TypeScope {
  let scope = NO_SCOPE;
  for (const n of chain) if (SCOPED_ITEMS.has(n.kind)) scope = env.scopeIn(scope, n as unknown as Item);
  return scope;
}

/** The hover section for a type name at `offset`. */
export function typeHover(env: TypeEnv, offset: number): string | undefined {
  const chain = nodesAt(env.program.ast.root, offset);
  const inner = chain.at(-1);
  if (!inner) return undefined;
  // The name in `struct Name {`: the declaration's own layout.
  const named = inner as unknown as { name?: { span: { start: number; end: number } } };
  if (DECL_ITEMS[inner.kind] && named.name && named.name.span.start <= offset && offset < named.name.span.end) {
    const decl = env.decls.find((d) => d.item === (inner as unknown));
    if (!decl) return undefined;
    const l = env.layoutOfDecl(decl);
    const generic = decl.generics.length ? `<${decl.generics.map((g) => g.name).join(', ')}>` : '';
    return layoutMarkdown(`**${DECL_ITEMS[inner.kind]} ${decl.name}${generic}**`, decl.name + generic, l);
  }
  // A use: the whole written type whose head is the name (`Vec` in `Vec<u64>` means `Vec<u64>`).
  // Trait names (`impl Display for`, bounds, `dyn`/`impl Trait`) and generic parameter
  // declarations are paths or names, not types, so they are not found here.
  const at = inner.kind === 'Path' && chain.at(-2)?.kind === 'PathType' ? chain.length - 2 : chain.length - 1;
  if (chain[at]!.kind !== 'PathType') return undefined;
  const ty = chain[at] as unknown as PathType;
  const head = ty.path.segments.at(-1)?.ident.span;
  if (ty.path.qself || !head || offset < head.start || offset >= head.end) return undefined;
  const expr = env.exprOfType(ty, scopeOf(env, chain.slice(0, at)));
  const l = env.layoutOfExpr(expr);
  return layoutMarkdown(`**\`${printType(expr)}\`**`, printType(expr), l);
}

/** The type of a binding when it is written or evident from its initializer. */
interface BindingType {
  name: string;
  expr: TypeExpr;
  layout: LayoutResult;
}


/** Types that `let x = <init>` makes evident without inference: literals, struct literals, well-known constructors. */
function evidentType(env: TypeEnv, init: Expr): string | undefined {
  switch (init.kind) {
    case 'Lit':
      switch (init.lit.kind) {
        case 'Int':
          return init.lit.suffix ?? 'i32';
        case 'Float':
          return init.lit.suffix ?? 'f64';
        case 'Bool':
          return 'bool';
        case 'Char':
          return 'char';
        case 'Str':
          return '&str';
        default:
          return undefined;
      }
    case 'StructExpr':
      return init.path.segments.some((s) => s.args) ? undefined : textOf(env.program.ast, init.path);
    case 'MacCallExpr':
      return init.mac.name === 'format' ? 'String' : undefined;
    case 'Call': {
      const f = textOf(env.program.ast, init.callee);
      if (/^String::(new|from|with_capacity)$/.test(f)) return 'String';
      const turbofish = f.match(/^(Vec|VecDeque|HashMap|HashSet|BTreeMap|BTreeSet|Box|Rc|Arc)::<(.+)>::new$/);
      if (turbofish) return `${turbofish[1]}<${turbofish[2]}>`;
      return undefined;
    }
    default:
      return undefined;
  }
}

/** A type for a binding from elsewhere (the simulated run), by enclosing function and name. */
export type BindingTypeHint = (fn: string, name: string) => string | undefined;

/** What declares a binding: a `let` or a parameter whose whole pattern is the binding. */
interface Owner {
  ty?: Type;
  init?: Expr;
  /** The chain of nodes down to the owner, for its type scope and its function. */
  chain: SpannedNode[];
}

function ownerIn(chain: readonly SpannedNode[], binding: Pat): Owner | undefined {
  for (let i = chain.length - 1; i >= 0; i--) {
    const n = chain[i]!;
    if ((n.kind === 'Let' || n.kind === 'Param' || n.kind === 'ClosureParam') && n.pat === binding) {
      const o: Owner = { chain: chain.slice(0, i) };
      if (n.ty) o.ty = n.ty as Type;
      if (n.kind === 'Let' && n.init) o.init = n.init as Expr;
      return o;
    }
  }
  return undefined;
}

/** The binding named at `offset`: its declaring pattern, or a use of it (through the resolver). */
function bindingAt(env: TypeEnv, offset: number): { name: string; owner: Owner } | undefined {
  const chain = nodesAt(env.program.ast.root, offset);
  let inner = chain.at(-1);
  if (inner?.kind === 'Path' && chain.at(-2)?.kind === 'PathExpr') inner = chain.at(-2);
  if (inner?.kind === 'IdentPat') {
    const pat = inner as unknown as Pat & { kind: 'IdentPat' };
    const owner = ownerIn(chain, pat);
    return owner ? { name: pat.name.name, owner } : undefined;
  }
  if (inner?.kind !== 'PathExpr') return undefined;
  const path = (inner as unknown as Expr & { kind: 'PathExpr' }).path;
  const res = env.program.resolution.paths.get(path.id)?.res;
  if (res?.kind !== 'Local' || path.segments.length !== 1) return undefined;
  const declared = nodesAt(env.program.ast.root, bindingStart(env, res.binding) ?? -1);
  const pat = declared.at(-1);
  if (pat?.kind !== 'IdentPat' || pat.id !== res.binding) return undefined;
  const owner = ownerIn(declared, pat as unknown as Pat);
  return owner ? { name: path.segments[0]!.ident.name, owner } : undefined;
}

/** Where each binding of the file starts, by its pattern's id: found once per environment. */
const bindingStarts = new WeakMap<TypeEnv, Map<number, number>>();

function bindingStart(env: TypeEnv, binding: number): number | undefined {
  let starts = bindingStarts.get(env);
  if (!starts) bindingStarts.set(env, (starts = startsOfKind(env.program.ast.root, 'IdentPat')));
  return starts.get(binding);
}

function bindingOf(env: TypeEnv, offset: number, hint?: BindingTypeHint): BindingType | undefined {
  const found = bindingAt(env, offset);
  if (!found) return undefined;
  const { name, owner } = found;
  if (owner.ty) {
    const expr = env.exprOfType(owner.ty, scopeOf(env, owner.chain));
    return { name, expr, layout: env.layoutOfExpr(expr) };
  }
  const fn = [...owner.chain].reverse().find((n) => n.kind === 'Fn') as { name?: { name: string } } | undefined;
  const text = (owner.init ? evidentType(env, owner.init) : undefined) ?? (fn?.name ? hint?.(fn.name.name, name) : undefined);
  if (!text) return undefined;
  const layout = env.layoutOfText(text);
  return { name, expr: { kind: 'path', segments: [text], args: [] }, layout };
}

/** The hover section for a binding or parameter at `offset`. */
export function bindingHover(env: TypeEnv, offset: number, hint?: BindingTypeHint): string | undefined {
  const b = bindingOf(env, offset, hint);
  if (!b) return undefined;
  const typeText = printType(b.expr);
  const head = `**${b.name}**: \`${typeText}\``;
  if (!b.layout.known) return `${head}\n\nsize on the stack unknown: ${b.layout.reason}`;
  const l = b.layout;
  let text = `${head}\n\n${bytes(l.size)} on the stack${l.parts ? ` (${l.parts})` : ''}`;
  if (l.heap) text += `; on the heap: ${l.heap.description}`;
  return text;
}
