// Blocks and statements. Attributes written before a statement or item apply to it; a false
// `cfg` removes it.
import type { Attribute, Block, Expr, Pat, Stmt, Type } from '../ast';
import { lowerAttrItem } from './attrs';
import { lowerExpr } from './exprs';
import { isItemNode, lowerItem } from './items';
import { type Lowerer, tight } from './lowerer';
import { lowerPat } from './pats';
import { lowerType } from './types';

/** The `block` under the cursor. */
export function lowerBlock(L: Lowerer): Block {
  const block: Block = { kind: 'Block', id: L.id(), span: L.span(), stmts: [] };
  let attrs: Attribute[] = [];
  let stripped = false;
  if (L.down()) do {
    const t = L.type;
    if (!L.named || t === 'label') continue;
    if (t === 'attribute_item' || t === 'inner_attribute_item') {
      const a = lowerAttrItem(L, t === 'inner_attribute_item');
      if (a === false) stripped = true;
      else if (t === 'attribute_item') attrs.push(...a);
      continue;
    }
    if (!stripped) {
      const s = lowerStmt(L, tight(attrs));
      if (s) block.stmts.push(s);
    } else L.stripped();
    attrs = [];
    stripped = false;
  } while (L.next());
  block.stmts = tight(block.stmts);
  return block;
}

function lowerStmt(L: Lowerer, attrs: Attribute[]): Stmt | undefined {
  const t = L.type;
  const span = L.span();
  if (t === 'empty_statement') return { kind: 'Empty', id: L.id(), span };
  if (t === 'let_declaration') return letStmt(L, attrs);
  if (t === 'expression_statement') {
    const id = L.id();
    let expr: Expr | undefined;
    let semi = false;
    if (L.down()) do {
      if (L.type === ';') semi = true;
      else if (L.named) expr = lowerExpr(L);
    } while (L.next());
    return { kind: 'ExprStmt', id, span, attrs, expr: expr ?? L.unsupported('statement', 'syntax-error'), semi };
  }
  if (isItemNode(t)) {
    const id = L.id();
    const item = lowerItem(L, attrs);
    return item ? { kind: 'ItemStmt', id, span, item } : undefined;
  }
  if (t === 'ERROR') return L.unsupported('statement with a syntax error', 'syntax-error');
  // The block's tail expression.
  const id = L.id();
  return { kind: 'ExprStmt', id, span, attrs, expr: lowerExpr(L), semi: false };
}

function letStmt(L: Lowerer, attrs: Attribute[]): Stmt {
  const id = L.id();
  const span = L.span();
  let pat: Pat | undefined;
  let ty: Type | undefined;
  let init: Expr | undefined;
  let els: Block | undefined;
  let mutAt = -1;
  if (L.down()) do {
    const f = L.field;
    if (f === 'pattern') pat = lowerPat(L);
    else if (f === 'type') ty = lowerType(L);
    else if (f === 'value') init = lowerExpr(L);
    else if (f === 'alternative') els = lowerBlock(L);
    else if (L.type === 'mutable_specifier') mutAt = L.start;
  } while (L.next());
  // `let mut x`: the grammar puts `mut` beside the pattern; rustc's binding spans `mut x`.
  if (mutAt >= 0 && pat?.kind === 'IdentPat') {
    pat.isMut = true;
    pat.span = L.spanOf(mutAt, pat.span.end - L.delta);
  }
  return {
    kind: 'Let', id, span, attrs, pat: pat ?? L.unsupported('let pattern', 'syntax-error'),
    ty, init, else: els,
  };
}
