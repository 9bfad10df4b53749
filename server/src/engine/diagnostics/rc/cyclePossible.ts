// `rc-cycle-possible` (hint): a type of the file that can reach itself through strong `Rc`/`Arc`
// links with something mutable on the way (`RefCell`, `Cell`, `Mutex`, …). Such values can be
// made to point at each other, and then neither is ever freed. Without interior mutability a
// cycle of `Rc`s cannot be closed, and a type that already holds a `Weak` back to itself follows
// the usual fix (strong down, weak up), so neither is reported.
import type { AnalysisContext } from '../../analysis';
import type { EngineDiagnostic, QuickFix, Span } from '../../diagnostic';
import type { SyntaxNode } from '../../parse/parser';
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

function spanOf(node: SyntaxNode): Span {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

/** The file's types mentioned in a type expression, with the wrappers on the way to each. */
function reach(type: SyntaxNode, names: Set<string>, wrappers: { strong: boolean; weak: boolean; mutable: boolean }, out: Omit<Link, 'field' | 'typeText' | 'span'>[]): void {
  if (type.type === 'type_identifier' || type.type === 'scoped_type_identifier') {
    const name = type.text.split('::').pop() ?? '';
    if (names.has(name)) out.push({ to: name, ...wrappers });
    return;
  }
  if (type.type === 'generic_type') {
    const base = type.childForFieldName('type')?.text.split('::').pop() ?? '';
    const next = {
      strong: wrappers.strong || STRONG.has(base),
      weak: wrappers.weak || WEAK.has(base),
      mutable: wrappers.mutable || MUTABLE.has(base),
    };
    if (names.has(base)) out.push({ to: base, ...wrappers });
    for (const a of type.childForFieldName('type_arguments')?.namedChildren ?? []) if (a) reach(a, names, next, out);
    return;
  }
  for (const c of type.namedChildren) if (c) reach(c, names, wrappers, out);
}

function fieldTypes(item: SyntaxNode): { field: string; type: SyntaxNode }[] {
  const out: { field: string; type: SyntaxNode }[] = [];
  for (const decl of [...item.descendantsOfType('field_declaration'), ...item.descendantsOfType('ordered_field_declaration_list')]) {
    if (!decl) continue;
    if (decl.type === 'field_declaration') {
      const t = decl.childForFieldName('type');
      if (t) out.push({ field: decl.childForFieldName('name')?.text ?? '', type: t });
    } else {
      decl.childrenForFieldName('type').forEach((t, i) => t && out.push({ field: String(i), type: t }));
    }
  }
  return out;
}

export function rcCyclePossible(ctx: AnalysisContext): EngineDiagnostic[] {
  const items = [...ctx.tree.rootNode.descendantsOfType('struct_item'), ...ctx.tree.rootNode.descendantsOfType('enum_item')].filter(
    (i): i is SyntaxNode => i !== null,
  );
  const names = new Set(items.map((i) => i.childForFieldName('name')?.text ?? ''));
  const links = new Map<string, Link[]>();
  const declared = new Map<string, SyntaxNode>();
  for (const item of items) {
    const name = item.childForFieldName('name')?.text ?? '';
    declared.set(name, item);
    const list: Link[] = [];
    for (const { field, type } of fieldTypes(item)) {
      const found: Omit<Link, 'field' | 'typeText' | 'span'>[] = [];
      reach(type, names, { strong: false, weak: false, mutable: false }, found);
      for (const f of found) list.push({ ...f, field, typeText: type.text, span: spanOf(type) });
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
    const nameNode = item.childForFieldName('name') ?? item;
    const pointer = path.some((l) => /\bArc\s*</.test(l.typeText)) ? 'Arc' : 'Rc';
    out.push({
      span: spanOf(nameNode),
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
