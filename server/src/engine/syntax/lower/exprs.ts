// Expressions. Left-deep operator chains (`a + b + … + z`) are walked down their left spine with
// the cursor and built bottom-up in a loop, so a 100,000-term chain costs no JS stack; any other
// nesting counts against MAX_DEPTH.
import type { BinOp, AssignOp, Expr, Ident, Span, StructExprField, Arm, ClosureParam, Type, Pat } from '../ast';
import { lowerBlock } from './block';
import { literal, LITERAL_TYPES } from './literal';
import { type Lowerer, tight } from './lowerer';
import { lowerMacCall } from './macros';
import { ident, isPathNode, lowerPath, lowerTypeArgs, singlePath } from './paths';
import { lowerPat } from './pats';
import { lowerType } from './types';
import { lowerAttrItem } from './attrs';

export function lowerExpr(L: Lowerer): Expr {
  if (L.type === 'binary_expression') return binaryChain(L);
  return L.nested(exprHere);
}

function exprHere(L: Lowerer): Expr {
  const t = L.type;
  const span = L.span();
  if (LITERAL_TYPES.has(t)) {
    const id = L.id();
    const lit = literal(L);
    return lit ? { kind: 'Lit', id, span, lit } : L.unsupported(`literal \`${L.text}\``);
  }
  if (isPathNode(t) || t === 'bracketed_type') return { kind: 'PathExpr', id: L.id(), span, path: lowerPath(L) };
  const id = L.id();
  switch (t) {
    case 'unary_expression': {
      let op: 'Deref' | 'Not' | 'Neg' = 'Neg';
      let expr: Expr | undefined;
      if (L.down()) do {
        if (L.type === '*') op = 'Deref';
        else if (L.type === '!') op = 'Not';
        else if (L.type === '-') op = 'Neg';
        else if (L.named) expr = lowerExpr(L);
      } while (L.next());
      return { kind: 'Unary', id, span, op, expr: expr ?? missing(L) };
    }
    case 'reference_expression': {
      let isMut = false;
      let raw = false;
      let expr: Expr | undefined;
      if (L.down()) do {
        if (L.type === 'mutable_specifier') isMut = true;
        else if (L.type === 'raw') raw = true;
        else if (L.field === 'value') expr = lowerExpr(L);
      } while (L.next());
      return { kind: 'Ref', id, span, isMut, raw, expr: expr ?? missing(L) };
    }
    case 'assignment_expression':
    case 'compound_assignment_expr': {
      let lhs: Expr | undefined;
      let rhs: Expr | undefined;
      let op = '=';
      L.each(() => {
        if (L.field === 'left') lhs = lowerExpr(L);
        else if (L.field === 'right') rhs = lowerExpr(L);
        else if (L.field === 'operator') op = L.type;
      });
      if (t === 'assignment_expression') return { kind: 'Assign', id, span, lhs: lhs ?? missing(L), rhs: rhs ?? missing(L) };
      return { kind: 'AssignOp', id, span, op: op as AssignOp, lhs: lhs ?? missing(L), rhs: rhs ?? missing(L) };
    }
    case 'call_expression':
      return call(L, id, span);
    case 'field_expression': {
      let expr: Expr | undefined;
      let field: Ident | undefined;
      if (L.down()) do {
        if (L.field === 'value') expr = lowerExpr(L);
        else if (L.field === 'field') field = ident(L);
      } while (L.next());
      return { kind: 'Field', id, span, expr: expr ?? missing(L), field: field ?? { name: '', span } };
    }
    case 'index_expression': {
      const parts: Expr[] = [];
      L.each(() => { if (L.named) parts.push(lowerExpr(L)); });
      return { kind: 'Index', id, span, expr: parts[0] ?? missing(L), index: parts[1] ?? missing(L) };
    }
    case 'tuple_expression': {
      const elems: Expr[] = [];
      L.each(() => { if (L.named && L.type !== 'attribute_item') elems.push(lowerExpr(L)); });
      return { kind: 'Tuple', id, span, elems: tight(elems) };
    }
    case 'unit_expression':
      return { kind: 'Tuple', id, span, elems: [] };
    case 'array_expression': {
      const elems: Expr[] = [];
      let count: Expr | undefined;
      L.each(() => {
        if (L.field === 'length') count = lowerExpr(L);
        else if (L.named && L.type !== 'attribute_item') elems.push(lowerExpr(L));
      });
      if (count) return { kind: 'Repeat', id, span, elem: elems[0] ?? missing(L), count };
      return { kind: 'Array', id, span, elems: tight(elems) };
    }
    case 'struct_expression':
      return structExpr(L, id, span);
    case 'block':
    case 'unsafe_block':
    case 'const_block':
      return blockExpr(L, id, span, t);
    case 'if_expression':
      return ifExpr(L, id, span);
    case 'match_expression':
      return matchExpr(L, id, span);
    case 'while_expression':
    case 'loop_expression':
    case 'for_expression':
      return loopExpr(L, id, span, t);
    case 'break_expression': {
      let label: Ident | undefined;
      let value: Expr | undefined;
      L.each(() => {
        if (L.type === 'label') label = labelIdent(L);
        else if (L.named) value = lowerExpr(L);
      });
      return { kind: 'Break', id, span, label, value };
    }
    case 'continue_expression': {
      let label: Ident | undefined;
      L.each(() => { if (L.type === 'label') label = labelIdent(L); });
      return { kind: 'Continue', id, span, label };
    }
    case 'return_expression': {
      let value: Expr | undefined;
      L.each(() => { if (L.named) value = lowerExpr(L); });
      return { kind: 'Return', id, span, value };
    }
    case 'closure_expression':
      return closure(L, id, span);
    case 'range_expression': {
      let start: Expr | undefined;
      let end: Expr | undefined;
      let inclusive = false;
      let seenOp = false;
      L.each(() => {
        const k = L.type;
        if (k === '..' || k === '..=' || k === '...') {
          seenOp = true;
          inclusive = k !== '..';
        } else if (L.named) {
          if (seenOp) end = lowerExpr(L);
          else start = lowerExpr(L);
        }
      });
      return { kind: 'Range', id, span, start, end, inclusive };
    }
    case 'type_cast_expression': {
      let expr: Expr | undefined;
      let ty: Type | undefined;
      L.each(() => {
        if (L.field === 'value') expr = lowerExpr(L);
        else if (L.field === 'type') ty = lowerType(L);
      });
      return { kind: 'Cast', id, span, expr: expr ?? missing(L), ty: ty ?? L.unsupported('cast') };
    }
    case 'try_expression': {
      const expr = L.firstNamed(() => lowerExpr(L));
      return { kind: 'Try', id, span, expr: expr ?? missing(L) };
    }
    case 'parenthesized_expression': {
      const expr = L.firstNamed(() => lowerExpr(L));
      return { kind: 'Paren', id, span, expr: expr ?? missing(L) };
    }
    case 'macro_invocation':
      return { kind: 'MacCallExpr', id, span, mac: lowerMacCall(L) };
    case 'let_condition':
      return letExpr(L, id, span);
    case 'async_block':
      return L.unsupported('async block');
    case 'await_expression':
      return L.unsupported('`.await`');
    case 'gen_block':
      return L.unsupported('gen block');
    case 'try_block':
      return L.unsupported('try block');
    case 'yield_expression':
      return L.unsupported('yield');
    case '_':
      return L.unsupported('`_` in an assignment');
    case 'ERROR':
      return L.unsupported('expression with a syntax error', 'syntax-error');
    default:
      return L.unsupported(`expression \`${L.text.slice(0, 40)}\``);
  }
}

/** A node the grammar requires but the text lacks (tree-sitter recovered from a syntax error). */
function missing(L: Lowerer): Expr {
  return L.unsupported('missing expression', 'syntax-error');
}

/**
 * `a op b op c …`: descends the left spine through the cursor, lowers the leftmost operand, then
 * climbs back, lowering each right operand, so the chain's length never becomes stack depth.
 */
function binaryChain(L: Lowerer): Expr {
  const c = L.c;
  const spine: { id: number; span: Span }[] = [];
  while (L.type === 'binary_expression') {
    spine.push({ id: L.id(), span: L.span() });
    c.gotoFirstChild();
    while (isComment(L.type) && c.gotoNextSibling());
  }
  let acc = L.nested(exprHere);
  for (let i = spine.length - 1; i >= 0; i--) {
    let op = '+';
    let opSpan: Span | undefined;
    let rhs: Expr | undefined;
    while (c.gotoNextSibling()) {
      if (L.field === 'operator') {
        op = L.type;
        opSpan = L.span();
      } else if (L.field === 'right') rhs = lowerExpr(L);
    }
    L.up();
    const { id, span } = spine[i]!;
    acc = { kind: 'Binary', id, span, op: op as BinOp, opSpan, lhs: acc, rhs: rhs ?? missing(L) };
  }
  return acc;
}

function isComment(type: string): boolean {
  return type === 'line_comment' || type === 'block_comment';
}

function call(L: Lowerer, id: number, span: Span): Expr {
  let callee: Expr | undefined;
  let method: { receiver: Expr; name: Ident; turbofish?: ReturnType<typeof lowerTypeArgs> } | undefined;
  const args: Expr[] = [];
  if (L.down()) do {
    if (L.field === 'function') {
      // `a.f(x)` is a method call; `(a.f)(x)` calls a field (its callee is parenthesised).
      if (L.type === 'field_expression') method = methodParts(L);
      else if (L.type === 'generic_function' && fieldUnder(L)) {
        L.each(() => {
          if (L.field === 'function') method = methodParts(L);
          else if (L.field === 'type_arguments' && method) method.turbofish = lowerTypeArgs(L);
        });
      } else callee = lowerExpr(L);
    } else if (L.field === 'arguments') {
      if (L.down()) do {
        if (L.named && L.type !== 'attribute_item') args.push(lowerExpr(L));
      } while (L.next());
    }
  } while (L.next());
  if (method) {
    const m = method as { receiver: Expr; name: Ident; turbofish?: ReturnType<typeof lowerTypeArgs> };
    return { kind: 'MethodCall', id, span, receiver: m.receiver, method: m.name, turbofish: m.turbofish, args: tight(args) };
  }
  return { kind: 'Call', id, span, callee: callee ?? missing(L), args: tight(args) };
}

function fieldUnder(L: Lowerer): boolean {
  let found = false;
  L.each(() => { if (L.field === 'function' && L.type === 'field_expression') found = true; });
  return found;
}

function methodParts(L: Lowerer): { receiver: Expr; name: Ident } {
  let receiver: Expr | undefined;
  let name: Ident | undefined;
  if (L.down()) do {
    if (L.field === 'value') receiver = lowerExpr(L);
    else if (L.field === 'field') name = ident(L);
  } while (L.next());
  return { receiver: receiver ?? missing(L), name: name ?? { name: '', span: L.span() } };
}

function structExpr(L: Lowerer, id: number, span: Span): Expr {
  let path: ReturnType<typeof lowerPath> | undefined;
  const fields: StructExprField[] = [];
  let base: Expr | undefined;
  L.each(() => {
    if (L.field === 'name') path = lowerPath(L);
    else if (L.field === 'body') {
      let drop = false;
      L.each(() => {
        const k = L.type;
        if (k === 'attribute_item') {
          if (lowerAttrItem(L, false) === false) drop = true;
          return;
        }
        if (k === 'field_initializer' || k === 'shorthand_field_initializer') {
          const field = drop ? null : fieldInit(L, k === 'shorthand_field_initializer');
          if (field) fields.push(field);
          else L.stripped();
          drop = false;
        } else if (k === 'base_field_initializer') base = L.firstNamed(() => lowerExpr(L));
      });
    }
  });
  if (!path) return L.unsupported('struct expression');
  return { kind: 'StructExpr', id, span, path, fields: tight(fields), base };
}

/**
 * One field of a struct expression, or null when a false `cfg` on it removes it (the grammar puts
 * the field's attributes inside its node; its value is then not lowered, as rustc never sees it).
 */
function fieldInit(L: Lowerer, shorthand: boolean): StructExprField | null {
  const id = L.id();
  const span = L.span();
  let name: Ident | undefined;
  let expr: Expr | undefined;
  let removed = false;
  L.each(() => {
    if (removed) return;
    if (L.type === 'attribute_item') {
      if (lowerAttrItem(L, false) === false) removed = true;
      return;
    }
    if (shorthand) {
      if (L.type === 'identifier') {
        name = ident(L);
        expr = { kind: 'PathExpr', id: L.id(), span: name.span, path: singlePath(L, name) };
      }
    } else if (L.field === 'field') name = ident(L);
    else if (L.field === 'value') expr = lowerExpr(L);
  });
  if (removed) return null;
  return { kind: 'StructExprField', id, span, name: name ?? { name: '', span }, expr: expr ?? missing(L), shorthand };
}

function labelIdent(L: Lowerer): Ident {
  const i = ident(L);
  return { name: i.name.replace(/^'/, ''), span: i.span };
}

function blockExpr(L: Lowerer, id: number, span: Span, t: string): Expr {
  if (t === 'block') {
    let label: Ident | undefined;
    L.each(() => { if (L.type === 'label') label = labelIdent(L); });
    return { kind: 'BlockExpr', id, span, block: lowerBlock(L), label, isUnsafe: false, isConst: false };
  }
  const block = L.firstNamed(() => lowerBlock(L));
  if (!block) return missing(L);
  return { kind: 'BlockExpr', id, span, block, isUnsafe: t === 'unsafe_block', isConst: t === 'const_block' };
}

function letExpr(L: Lowerer, id: number, span: Span): Expr {
  let pat: Pat | undefined;
  let expr: Expr | undefined;
  L.each(() => {
    if (L.field === 'pattern') pat = lowerPat(L);
    else if (L.field === 'value') expr = lowerExpr(L);
  });
  return { kind: 'LetExpr', id, span, pat: pat ?? L.unsupported('let pattern', 'syntax-error'), expr: expr ?? missing(L) };
}

/** An `if`/`while` condition: an expression, a `let`, or a `let` chain joined by `&&`. */
function condition(L: Lowerer): Expr {
  if (L.type !== 'let_chain') return lowerExpr(L);
  let acc: Expr | undefined;
  let start = 0;
  L.each(() => {
    if (!L.named) return;
    const e = lowerExpr(L);
    if (!acc) {
      acc = e;
      start = L.start;
    } else acc = { kind: 'Binary', id: L.id(), span: L.spanOf(start, L.end), op: '&&', lhs: acc, rhs: e };
  });
  return acc ?? missing(L);
}

function ifExpr(L: Lowerer, id: number, span: Span): Expr {
  let cond: Expr | undefined;
  let then: ReturnType<typeof lowerBlock> | undefined;
  let els: Expr | undefined;
  L.each(() => {
    const f = L.field;
    if (f === 'condition') cond = condition(L);
    else if (f === 'consequence') then = lowerBlock(L);
    else if (f === 'alternative') L.each(() => { if (L.named) els = lowerExpr(L); });
  });
  if (!then) return missing(L);
  return { kind: 'If', id, span, cond: cond ?? missing(L), then, else: els };
}

function matchExpr(L: Lowerer, id: number, span: Span): Expr {
  let scrutinee: Expr | undefined;
  const arms: Arm[] = [];
  L.each(() => {
    if (L.field === 'value') scrutinee = lowerExpr(L);
    else if (L.field === 'body') L.each(() => { if (L.type === 'match_arm') { const a = arm(L); if (a) arms.push(a); } });
  });
  return { kind: 'Match', id, span, scrutinee: scrutinee ?? missing(L), arms: tight(arms) };
}

function arm(L: Lowerer): Arm | undefined {
  const id = L.id();
  const span = L.span();
  let pat: Pat | undefined;
  let guard: Expr | undefined;
  let body: Expr | undefined;
  const attrs: Arm['attrs'] = [];
  let stripped = false;
  L.each(() => {
    const k = L.type;
    if (k === 'attribute_item') {
      const a = lowerAttrItem(L, false);
      if (a === false) stripped = true;
      else attrs.push(...a);
    } else if (L.field === 'pattern') {
      L.each(() => {
        if (L.field === 'condition') guard = condition(L);
        else if (L.named && !pat) pat = lowerPat(L);
      });
    } else if (L.field === 'value') body = lowerExpr(L);
  });
  if (stripped) {
    L.stripped();
    return undefined;
  }
  return { kind: 'Arm', id, span, attrs: tight(attrs), pat: pat ?? L.unsupported('match arm pattern', 'syntax-error'), guard, body: body ?? missing(L) };
}

function loopExpr(L: Lowerer, id: number, span: Span, t: string): Expr {
  let label: Ident | undefined;
  let cond: Expr | undefined;
  let pat: Pat | undefined;
  let iter: Expr | undefined;
  let body: ReturnType<typeof lowerBlock> | undefined;
  L.each(() => {
    const f = L.field;
    if (L.type === 'label') label = labelIdent(L);
    else if (f === 'condition') cond = condition(L);
    else if (f === 'pattern') pat = lowerPat(L);
    else if (f === 'value') iter = lowerExpr(L);
    else if (f === 'body') body = lowerBlock(L);
  });
  if (!body) return missing(L);
  const l = label ? { label } : {};
  if (t === 'while_expression') return { kind: 'While', id, span, ...l, cond: cond ?? missing(L), body };
  if (t === 'loop_expression') return { kind: 'Loop', id, span, ...l, body };
  return { kind: 'For', id, span, ...l, pat: pat ?? L.unsupported('for pattern', 'syntax-error'), iter: iter ?? missing(L), body };
}

function closure(L: Lowerer, id: number, span: Span): Expr {
  let isMove = false;
  let isAsync = false;
  const params: ClosureParam[] = [];
  let ret: Type | undefined;
  let body: Expr | undefined;
  L.each(() => {
    const f = L.field;
    if (L.type === 'move') isMove = true;
    else if (L.type === 'async') isAsync = true;
    else if (f === 'parameters') L.each(() => { if (L.named) params.push(closureParam(L)); });
    else if (f === 'return_type') ret = lowerType(L);
    else if (f === 'body') body = L.type === '_' ? L.unsupported('`_` closure body') : lowerExpr(L);
  });
  if (isAsync) return L.unsupported('async closure');
  return { kind: 'Closure', id, span, isMove, params: tight(params), ret, body: body ?? missing(L) };
}

function closureParam(L: Lowerer): ClosureParam {
  const id = L.id();
  const span = L.span();
  if (L.type !== 'parameter') return { kind: 'ClosureParam', id, span, pat: lowerPat(L), ty: undefined };
  let pat: Pat | undefined;
  let ty: Type | undefined;
  let isMut = false;
  L.each(() => {
    if (L.field === 'pattern') pat = lowerPat(L);
    else if (L.field === 'type') ty = lowerType(L);
    else if (L.type === 'mutable_specifier') isMut = true;
  });
  if (isMut && pat?.kind === 'IdentPat') pat.isMut = true;
  return { kind: 'ClosureParam', id, span, pat: pat ?? L.unsupported('closure parameter', 'syntax-error'), ty };
}
