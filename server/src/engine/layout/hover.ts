// What the hover says about types and bindings: on a type name (its definition or any use) the
// type's layout; on a binding or parameter, the type the checker gives it (as rustc prints it),
// its size on the stack and what it owns on the heap. Returns Markdown, or undefined when the
// position is neither.
import type { Expr, Item, NodeId, Pat, PathType, Type } from '../syntax/ast';
import { typeName } from '../typeck';
import { layoutMarkdown, bytes } from './describe';
import { unknown, type LayoutResult } from './layout';
import { nodesAt, startsOfKind, type SpannedNode } from './nodesAt';
import { printType } from './typeExpr';
import { bindingTy, layoutOfTy, settled, type TypedFile } from './typedFile';
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

/** A binding's type as the hover shows it: the checker's, or (when the checker has none) the written one. */
interface BindingType {
  name: string;
  /** The type as rustc prints it; undefined when neither the checker nor an annotation gives one. */
  shown?: string;
  layout: LayoutResult;
}

/** The `let` or parameter whose whole pattern is `binding`, with its written type. */
function writtenTypeOf(chain: readonly SpannedNode[], binding: Pat): { ty: Type; chain: SpannedNode[] } | undefined {
  for (let i = chain.length - 1; i >= 0; i--) {
    const n = chain[i]!;
    if ((n.kind === 'Let' || n.kind === 'Param' || n.kind === 'ClosureParam') && n.pat === binding) {
      return n.ty ? { ty: n.ty as Type, chain: chain.slice(0, i) } : undefined;
    }
  }
  return undefined;
}

/** The binding named at `offset` (its declaring pattern, or a use of it through the resolver): its name and pattern id. */
function bindingAt(env: TypeEnv, offset: number): { name: string; binding: NodeId } | undefined {
  const chain = nodesAt(env.program.ast.root, offset);
  let inner = chain.at(-1);
  if (inner?.kind === 'Path' && chain.at(-2)?.kind === 'PathExpr') inner = chain.at(-2);
  if (inner?.kind === 'IdentPat') {
    const pat = inner as unknown as Pat & { kind: 'IdentPat' };
    // An identifier pattern may name a unit struct, a unit variant or a constant instead of binding.
    const res = env.program.resolution.patterns.get(pat.id);
    return res?.kind === 'Local' ? { name: pat.name.name, binding: res.binding } : undefined;
  }
  if (inner?.kind !== 'PathExpr') return undefined;
  const path = (inner as unknown as Expr & { kind: 'PathExpr' }).path;
  const res = env.program.resolution.paths.get(path.id)?.res;
  if (res?.kind !== 'Local' || path.segments.length !== 1) return undefined;
  return { name: path.segments[0]!.ident.name, binding: res.binding };
}

/** Where each binding of the file starts, by its pattern's id: found once per environment. */
const bindingStarts = new WeakMap<TypeEnv, Map<number, number>>();

function bindingStart(env: TypeEnv, binding: number): number | undefined {
  let starts = bindingStarts.get(env);
  if (!starts) bindingStarts.set(env, (starts = startsOfKind(env.program.ast.root, 'IdentPat')));
  return starts.get(binding);
}

/** The written type of the `let` or parameter declaring `binding`, laid out by the TypeEnv. */
function writtenBindingType(env: TypeEnv, binding: NodeId): { shown: string; layout: LayoutResult } | undefined {
  const declared = nodesAt(env.program.ast.root, bindingStart(env, binding) ?? -1);
  const pat = declared.at(-1);
  if (pat?.kind !== 'IdentPat' || pat.id !== binding) return undefined;
  const written = writtenTypeOf(declared, pat as unknown as Pat);
  if (!written) return undefined;
  const expr = env.exprOfType(written.ty, scopeOf(env, written.chain));
  return { shown: printType(expr), layout: env.layoutOfExpr(expr) };
}

function bindingOf(file: TypedFile, offset: number): BindingType | undefined {
  const found = bindingAt(file.env, offset);
  if (!found) return undefined;
  const ty = bindingTy(file, found.binding);
  if (settled(ty) && ty.k !== 'param') return { name: found.name, shown: typeName(ty), layout: layoutOfTy(file, ty) };
  // The checker could not type it (a type from another crate, code it does not model), or its
  // type is a generic parameter, which the checker names less fully than it is written
  // (`impl FnMut(u32)`): a written type has the layout the TypeEnv reads from the declarations,
  // or says why it has none.
  const written = writtenBindingType(file.env, found.binding);
  if (written) return { name: found.name, ...written };
  if (settled(ty)) return { name: found.name, shown: typeName(ty), layout: layoutOfTy(file, ty) };
  return { name: found.name, layout: unknown(`the type checker could not infer the type of \`${found.name}\``) };
}

/** The hover section for a binding or parameter at `offset`. */
export function bindingHover(file: TypedFile, offset: number): string | undefined {
  const b = bindingOf(file, offset);
  if (!b) return undefined;
  const head = b.shown === undefined ? `**${b.name}**` : `**${b.name}**: \`${b.shown}\``;
  if (!b.layout.known) return `${head}\n\nsize on the stack unknown: ${b.layout.reason}`;
  const l = b.layout;
  let text = `${head}\n\n${bytes(l.size)} on the stack${l.parts ? ` (${l.parts})` : ''}`;
  if (l.heap) text += `; on the heap: ${l.heap.description}`;
  return text;
}
