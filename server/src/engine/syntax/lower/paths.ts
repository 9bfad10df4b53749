// Paths in every position. tree-sitter nests a path right to left (`scoped_identifier` holds its
// prefix in `path` and its last name in `name`, `generic_type` adds arguments); this flattens it
// into rustc's shape: segments, each with optional generic arguments, and a `qself`.
import type { AngleArgs, AssocConstraint, GenericArg, Ident, Path } from '../ast';
import { type Lowerer, tight } from './lowerer';
import { lowerBoundsInto, lowerType } from './types';
import { lowerExpr } from './exprs';
import { LITERAL_TYPES } from './literal';

const NAME_TYPES = new Set([
  'identifier', 'type_identifier', 'field_identifier', 'primitive_type', 'self', 'super', 'crate',
  'metavariable', 'shorthand_field_identifier',
]);

export function isPathNode(type: string): boolean {
  return NAME_TYPES.has(type) || type === 'scoped_identifier' || type === 'scoped_type_identifier' || type === 'generic_type' || type === 'generic_type_with_turbofish' || type === 'generic_function';
}

export function ident(L: Lowerer): Ident {
  const text = L.text;
  return { name: text.startsWith('r#') ? text.slice(2) : text, span: L.span() };
}

/** The path-like node under the cursor → a `Path`. */
export function lowerPath(L: Lowerer): Path {
  // Most paths are one name: its list made whole, since a list grown by `push` keeps room for 17.
  if (NAME_TYPES.has(L.type)) return { kind: 'Path', id: L.id(), span: L.span(), global: false, segments: [{ ident: ident(L) }] };
  const p: Path = { kind: 'Path', id: L.id(), span: L.span(), global: false, segments: [] };
  pathInto(L, p);
  p.segments = tight(p.segments);
  return p;
}

/** A path of one name (a binding's name used as a path, `S { x }` shorthand). */
export function singlePath(L: Lowerer, name: Ident): Path {
  return { kind: 'Path', id: L.id(), span: name.span, global: false, segments: [{ ident: name }] };
}

function pathInto(L: Lowerer, p: Path): void {
  const t = L.type;
  if (NAME_TYPES.has(t)) {
    p.segments.push({ ident: ident(L) });
    return;
  }
  switch (t) {
    case 'scoped_identifier':
    case 'scoped_type_identifier': {
      let sawPath = false;
      let sawColons = false;
      if (L.down()) do {
        const f = L.field;
        if (f === 'path') {
          sawPath = true;
          pathInto(L, p);
        } else if (f === 'name') {
          if (!sawPath && sawColons && p.segments.length === 0 && !p.qself) p.global = true;
          p.segments.push({ ident: ident(L) });
        } else if (L.type === '::') sawColons = true;
      } while (L.next());
      return;
    }
    case 'generic_type':
    case 'generic_type_with_turbofish':
    case 'generic_function':
      if (L.down()) do {
        const f = L.field;
        if (f === 'type' || f === 'function') pathInto(L, p);
        else if (f === 'type_arguments') {
          const last = p.segments[p.segments.length - 1];
          if (last) last.args = lowerTypeArgs(L);
        }
      } while (L.next());
      return;
    case 'bracketed_type':
      L.firstNamed(() => {
        if (L.type === 'qualified_type') {
          let ty: ReturnType<typeof lowerType> | undefined;
          let trait: Path | undefined;
          L.each(() => {
            if (L.field === 'type') ty = lowerType(L);
            else if (L.field === 'alias') trait = lowerTraitRef(L);
          });
          p.qself = { ty: ty ?? L.unsupported('qualified path'), trait };
        } else p.qself = { ty: lowerType(L) };
      });
      return;
    default:
      // Not a path (an ERROR node, a macro in path position): kept as one opaque segment.
      p.segments.push({ ident: { name: L.text, span: L.span() } });
      L.unsupported(`path \`${L.text}\``, t === 'ERROR' ? 'syntax-error' : 'unmodelled');
  }
}

/** A trait named in `impl Trait for`, `<T as Trait>`, a bound: a path, `Fn(A) -> B` sugar included. */
export function lowerTraitRef(L: Lowerer): Path {
  if (L.type === 'function_type') {
    const p: Path = { kind: 'Path', id: L.id(), span: L.span(), global: false, segments: [] };
    const argsId = L.id();
    const inputs: ReturnType<typeof lowerType>[] = [];
    let output: ReturnType<typeof lowerType> | undefined;
    L.each(() => {
      const f = L.field;
      if (f === 'trait') pathInto(L, p);
      else if (f === 'parameters') L.each(() => { if (L.named) inputs.push(lowerType(L)); });
      else if (f === 'return_type') output = lowerType(L);
    });
    const last = p.segments[p.segments.length - 1];
    if (last) last.args = { kind: 'ParenArgs', id: argsId, span: p.span, inputs, output };
    return p;
  }
  return lowerPath(L);
}

/** `type_arguments` under the cursor → `<…>` arguments. */
export function lowerTypeArgs(L: Lowerer): AngleArgs {
  const out: AngleArgs = { kind: 'AngleArgs', id: L.id(), span: L.span(), args: [], constraints: [] };
  L.each(() => {
    if (!L.named) return;
    const t = L.type;
    let arg: GenericArg | undefined;
    if (t === 'lifetime') arg = { kind: 'LifetimeArg', lifetime: lowerLifetime(L) };
    else if (LITERAL_TYPES.has(t) || t === 'block' || t === 'negative_literal') arg = { kind: 'ConstArg', expr: lowerExpr(L) };
    else if (t === 'type_binding') out.constraints.push(typeBinding(L));
    else if (t === 'trait_bounds') L.unsupported('associated type bound in generic arguments');
    else arg = { kind: 'TypeArg', ty: lowerType(L) };
    if (arg) out.args.push(arg);
  });
  out.args = tight(out.args);
  return out;
}

function typeBinding(L: Lowerer): AssocConstraint {
  const c: AssocConstraint = { kind: 'AssocConstraint', id: L.id(), span: L.span(), ident: { name: '', span: L.span() } };
  L.each(() => {
    const f = L.field;
    if (f === 'name') c.ident = ident(L);
    else if (f === 'type_arguments') c.args = lowerTypeArgs(L);
    else if (f === 'type') c.ty = lowerType(L);
    else if (L.type === 'trait_bounds') {
      c.bounds = [];
      lowerBoundsInto(L, c.bounds);
    }
  });
  return c;
}

export function lowerLifetime(L: Lowerer) {
  const text = L.text;
  return { kind: 'Lifetime' as const, id: L.id(), span: L.span(), name: text.startsWith("'") ? text.slice(1) : text };
}
