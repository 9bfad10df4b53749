// `rc-cycle-possible` (hint): a type of the file that can reach itself through strong `Rc`/`Arc`
// links with something mutable on the way (`RefCell`, `Cell`, `Mutex`, …). Such values can be
// made to point at each other, and then neither is ever freed. Without interior mutability a
// cycle of `Rc`s cannot be closed, and a type that already holds a `Weak` back to itself follows
// the usual fix (strong down, weak up), so neither is reported.
import type { AnalysisContext } from '../../analysis';
import type { EngineDiagnostic, QuickFix, Span } from '../../diagnostic';
import type { TypeDecl, TypeEnv } from '../../layout';
import type { GenericArgs, Path, Type, VariantData } from '../../syntax/ast';
import { sourceOf, spanOf, typeEnvOf } from '../stack/sizes';
import { weakLinkFix } from './weakLinkFix';

export const RC_CYCLE_POSSIBLE = 'rc-cycle-possible';

const STRONG = new Set(['Rc', 'Arc']);
const WEAK = new Set(['Weak']);
const MUTABLE = new Set(['RefCell', 'Cell', 'Mutex', 'RwLock', 'OnceCell', 'UnsafeCell', 'OnceLock']);

/** One way a type's field leads to another type of the file. */
interface Link {
  to: string;
  /** The field, for the message (`next`, `children`). */
  field: string;
  /** The field's type as written. */
  typeText: string;
  strong: boolean;
  weak: boolean;
  mutable: boolean;
  span: Span;
}

type Wrappers = { strong: boolean; weak: boolean; mutable: boolean };
type Reached = Omit<Link, 'field' | 'typeText' | 'span'>;

/** The file's types a path names or mentions in its generic arguments, with the wrappers on the way to each. */
function reachPath(path: Path, names: Set<string>, wrappers: Wrappers, out: Reached[]): void {
  if (path.qself) reach(path.qself.ty, names, wrappers, out);
  const last = path.segments.at(-1);
  const base = last?.ident.name ?? '';
  if (names.has(base)) out.push({ to: base, ...wrappers });
  const args: GenericArgs | undefined = last?.args;
  if (!args) return;
  if (args.kind === 'ParenArgs') {
    for (const t of [...args.inputs, ...(args.output ? [args.output] : [])]) reach(t, names, wrappers, out);
    return;
  }
  const next = {
    strong: wrappers.strong || STRONG.has(base),
    weak: wrappers.weak || WEAK.has(base),
    mutable: wrappers.mutable || MUTABLE.has(base),
  };
  for (const a of args.args) if (a.kind === 'TypeArg') reach(a.ty, names, next, out);
  for (const c of args.constraints) if (c.ty) reach(c.ty, names, next, out);
}

/** The file's types mentioned in a type, with the wrappers on the way to each. */
function reach(type: Type, names: Set<string>, wrappers: Wrappers, out: Reached[]): void {
  switch (type.kind) {
    case 'PathType':
      return reachPath(type.path, names, wrappers, out);
    case 'RefType':
    case 'PtrType':
    case 'ParenType':
      return reach(type.ty, names, wrappers, out);
    case 'SliceType':
    case 'ArrayType':
      return reach(type.elem, names, wrappers, out);
    case 'TupleType':
      for (const e of type.elems) reach(e, names, wrappers, out);
      return;
    case 'FnPtrType':
      for (const t of [...type.params, ...(type.ret ? [type.ret] : [])]) reach(t, names, wrappers, out);
      return;
    case 'DynTrait':
    case 'ImplTrait':
      for (const b of type.bounds) if (b.kind === 'TraitBound') reachPath(b.path, names, wrappers, out);
      return;
    default:
      return;
  }
}

function fieldTypes(data: VariantData): { field: string; type: Type }[] {
  return data.kind === 'Unit' ? [] : data.fields.map((f, i) => ({ field: f.name?.name ?? String(i), type: f.ty }));
}

/** A struct's fields, or an enum's: its variants' named fields first, then their tuple fields. */
function fieldsOf(item: TypeDecl['item']): { field: string; type: Type }[] {
  if (item.kind === 'Struct') return fieldTypes(item.data);
  if (item.kind !== 'Enum') return [];
  const data = item.variants.map((v) => v.data);
  return [...data.filter((d) => d.kind === 'Named').flatMap(fieldTypes), ...data.filter((d) => d.kind === 'Tuple').flatMap(fieldTypes)];
}

/** The file's structs, then its enums (each in source order), as the check lists them. */
function structsAndEnums(env: TypeEnv) {
  return [...env.decls.filter((d) => d.kind === 'struct'), ...env.decls.filter((d) => d.kind === 'enum')].map((d) => d.item);
}

export function rcCyclePossible(ctx: AnalysisContext): EngineDiagnostic[] {
  const env = typeEnvOf(ctx.tree, ctx.text);
  const items = structsAndEnums(env);
  const names = new Set(items.map((i) => i.name.name));
  const links = new Map<string, Link[]>();
  const declared = new Map<string, (typeof items)[number]>();
  for (const item of items) {
    const name = item.name.name;
    declared.set(name, item);
    const list: Link[] = [];
    const fields = fieldsOf(item);
    for (const { field, type } of fields) {
      const found: Reached[] = [];
      reach(type, names, { strong: false, weak: false, mutable: false }, found);
      for (const f of found) list.push({ ...f, field, typeText: sourceOf(env, type), span: spanOf(type) });
    }
    links.set(name, list);
  }

  const out: EngineDiagnostic[] = [];
  for (const [name, item] of declared) {
    // A Weak link back to itself: the author already chose which direction owns.
    if (reachesWeakly(name, links)) continue;
    const path = strongCycle(name, links);
    if (!path) continue;
    const chain = [name, ...path.map((l) => l.to)].join(' → ');
    const via = path.map((l) => `\`${l.field}: ${l.typeText}\``).join(', ');
    const pointer = path.some((l) => /\bArc\s*</.test(l.typeText)) ? 'Arc' : 'Rc';
    out.push({
      span: spanOf(item.name),
      severity: 'hint',
      code: RC_CYCLE_POSSIBLE,
      message:
        `\`${name}\` can own itself through strong reference-counted links (${chain}, via ${via}). If two values are linked both ways, ` +
        `their counts never reach zero and neither is freed (a leak, without any error). Hold one direction as \`Weak\` (\`${pointer}::downgrade\`).`,
      related: path.map((l) => ({ span: l.span, message: `strong link: \`${l.field}: ${l.typeText}\`` })),
      fixes: weakFix(ctx, path, links.get(name) ?? []),
    });
  }
  return out;
}

/**
 * The closing link of the cycle (the last strong one on the way back) made `Weak`. A type that
 * links to itself in two ways (a tree's `children` and `parent`) keeps the collection strong and
 * makes the single pointer weak: strong down, weak up.
 */
function weakFix(ctx: AnalysisContext, path: Link[], own: Link[]): QuickFix[] {
  const start = path.length === 1 ? path[0]!.to : undefined;
  const up = own.find((l) => l.to === start && l.strong && !l.weak && !/\b(Vec|VecDeque|HashMap|BTreeMap|HashSet|BTreeSet)\s*</.test(l.typeText));
  const closing = up ?? [...path].reverse().find((l) => l.strong);
  const fix = closing && weakLinkFix(ctx.tree, ctx.text, closing.field);
  return fix ? [fix] : [];
}

/** A cycle from `start` back to it, through links that are not weak, with at least one strong and one mutable link. */
function strongCycle(start: string, links: Map<string, Link[]>): Link[] | undefined {
  const seen = new Set<string>();
  const search = (at: string, path: Link[]): Link[] | undefined => {
    for (const l of links.get(at) ?? []) {
      if (l.weak) continue;
      const next = [...path, l];
      if (l.to === start) {
        if (next.some((x) => x.strong) && next.some((x) => x.mutable)) return next;
        continue;
      }
      // The same type may be worth revisiting with more of the conditions met.
      const key = `${l.to}:${next.some((x) => x.strong)}:${next.some((x) => x.mutable)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const found = search(l.to, next);
      if (found) return found;
    }
    return undefined;
  };
  return search(start, []);
}

function reachesWeakly(start: string, links: Map<string, Link[]>): boolean {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const at = stack.pop()!;
    for (const l of links.get(at) ?? []) {
      if (l.weak && l.to === start) return true;
      if (!seen.has(l.to)) {
        seen.add(l.to);
        stack.push(l.to);
      }
    }
  }
  return false;
}
