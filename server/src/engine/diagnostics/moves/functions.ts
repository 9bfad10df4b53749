// Runs the move check over every function body of a file (free functions, methods, trait
// default methods, functions nested in bodies) and returns what it found.
import type { Tree } from '../../parse/parser';
import { mirrorOf, type SyntaxNode } from '../syntax';
import { MoveChecker, type UseFinding } from './checker';
import { evalExpr } from './expressions';
import { indexItems, type ItemIndex } from './items';
import { SnippetCache } from './macros';
import { visitOrder } from './order';
import { bindPattern } from './patterns';
import { UNKNOWN, isNode, tyOfNode, type CopyFacts, type Tri, type Ty } from './ty';

/** Bounds that do not make a type parameter `Copy` (none of them has `Copy` as a supertrait). */
const NON_COPY_BOUNDS = new Set([
  'Clone', 'Debug', 'Display', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default', 'Send', 'Sync', 'Sized',
  'Fn', 'FnMut', 'FnOnce', 'Iterator', 'IntoIterator', 'Into', 'From', 'AsRef', 'ToString', 'Any',
]);

function boundsOf(owner: SyntaxNode | null | undefined, into: Map<string, string[]>): void {
  if (!owner) return;
  for (const p of owner.childForFieldName('type_parameters')?.namedChildren.filter(isNode) ?? []) {
    if (p.type !== 'type_parameter') continue;
    const name = p.childForFieldName('name')?.text ?? '';
    const bounds = p.childForFieldName('bounds');
    into.set(name, [...(into.get(name) ?? []), ...(bounds ? boundNames(bounds) : [])]);
  }
  const where = owner.namedChildren.find((c) => c?.type === 'where_clause');
  for (const pred of where?.namedChildren.filter(isNode) ?? []) {
    const left = pred.childForFieldName('left')?.text ?? '';
    const bounds = pred.childForFieldName('bounds');
    if (into.has(left) && bounds) into.get(left)!.push(...boundNames(bounds));
    else if (bounds) into.set(`?${left}`, boundNames(bounds)); // a bound on a more complex type
  }
}

function boundNames(bounds: SyntaxNode): string[] {
  return bounds.namedChildren
    .filter(isNode)
    .filter((b) => b.type !== 'lifetime')
    .map((b) => (b.type === 'generic_type' ? (b.childForFieldName('type')?.text ?? '') : b.text).split('::').pop() ?? '');
}

function factsFor(items: ItemIndex, bounds: Map<string, string[]>): CopyFacts {
  return {
    userTypeCopy: (name, args) => items.facts.userTypeCopy(name, args),
    paramCopy(name): Tri | undefined {
      const list = bounds.get(name);
      if (!list) return undefined;
      if (list.some((b) => b === 'Copy')) return 'yes';
      return list.every((b) => NON_COPY_BOUNDS.has(b) || b.startsWith('?')) ? 'no' : 'unknown';
    },
  };
}

function checkFunction(fn: SyntaxNode, items: ItemIndex, cache: SnippetCache): UseFinding[] {
  const body = fn.childForFieldName('body');
  // rustc checks moves only in code that parses; neither does this check guess at broken code.
  if (!body || fn.hasError) return [];
  let impl: SyntaxNode | null = fn.parent?.parent ?? null;
  if (impl?.type !== 'impl_item' && impl?.type !== 'trait_item') impl = null;
  const bounds = new Map<string, string[]>();
  boundsOf(impl, bounds);
  boundsOf(fn, bounds);
  const cx = new MoveChecker(items, factsFor(items, bounds), cache);
  cx.typeParams = new Set([...bounds.keys()].filter((k) => !k.startsWith('?')));
  const selfTy: Ty = impl?.type === 'impl_item' ? tyOfNode(impl.childForFieldName('type'), undefined, cx.typeParams) : UNKNOWN;
  cx.selfTy = selfTy;
  cx.withScope(() => {
    for (const p of fn.childForFieldName('parameters')?.namedChildren.filter(isNode) ?? []) {
      if (p.type === 'self_parameter') {
        const selfNode = p.namedChildren.find((c) => c?.type === 'self');
        const ty: Ty = p.text.startsWith('&') ? { k: 'ref', mut: /\bmut\b/.test(p.text), inner: selfTy } : selfTy;
        if (selfNode) cx.declare(selfNode, ty);
      } else if (p.type === 'parameter') {
        const pat = p.childForFieldName('pattern');
        const ty = tyOfNode(p.childForFieldName('type'), selfTy, cx.typeParams);
        if (pat?.type === 'self') cx.declare(pat, UNKNOWN);
        else if (pat) bindPattern(cx, pat, { place: null, ty, byRef: false });
      }
    }
    evalExpr(cx, body, 'value');
  });
  return cx.findings(visitOrder(body));
}

/** Every use of a moved value in the file, in rustc's sense (E0382). */
export function findUsesAfterMove(tree: Tree, text: string): UseFinding[] {
  const root = mirrorOf(tree, text);
  const items = indexItems(root);
  const cache = new SnippetCache();
  try {
    const out: UseFinding[] = [];
    const visit = (n: SyntaxNode) => {
      if (n.type === 'function_item') out.push(...checkFunction(n, items, cache));
      for (const c of n.namedChildren) if (c) visit(c);
    };
    visit(root);
    return out;
  } finally {
    cache.dispose();
  }
}
