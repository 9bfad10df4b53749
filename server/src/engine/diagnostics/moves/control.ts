// Control flow for the move check: blocks and `let`, branches (`if`, `match`), loops (iterated
// until the state at the loop head is stable, so a move in one iteration reaches the next), and
// the jumps (`break`, `continue`, `return`) that end a path.
import type { SyntaxNode } from '../syntax';
import type { LoopFrame, MoveChecker } from './checker';
import { evalExpr, type Mode } from './expressions';
import { bindPattern, isRefutable, type Scrutinee } from './patterns';
import { MoveState } from './state';
import { UNKNOWN, derefTy, isNode, sameNode, prim, tyOfNode, type Ty } from './ty';

const ITEM_TYPES = new Set([
  'function_item', 'struct_item', 'enum_item', 'impl_item', 'trait_item', 'mod_item', 'use_declaration',
  'const_item', 'static_item', 'type_item', 'macro_definition', 'union_item', 'extern_crate_declaration',
  'foreign_mod_item', 'attribute_item', 'inner_attribute_item', 'empty_statement', 'line_comment', 'block_comment',
]);

function labelOf(node: SyntaxNode): string | undefined {
  return node.namedChildren.find((c) => c?.type === 'label')?.text;
}

export function evalBlock(cx: MoveChecker, block: SyntaxNode, mode: Mode): Ty {
  const label = block.type === 'block' ? labelOf(block) : undefined;
  if (label) {
    const frame: LoopFrame = { label, breaks: [], continues: [], block: true };
    cx.loops.push(frame);
    try {
      cx.withScope(() => runStatements(cx, block, mode));
    } finally {
      cx.loops.pop();
    }
    cx.st = frame.breaks.reduce((acc, s) => MoveState.join(acc, s), cx.st);
    return UNKNOWN;
  }
  return cx.withScope(() => runStatements(cx, block, mode));
}

function runStatements(cx: MoveChecker, block: SyntaxNode, mode: Mode): Ty {
  const children = block.namedChildren.filter(isNode).filter((c) => !ITEM_TYPES.has(c.type) && c.type !== 'label');
  let ty: Ty = prim('()');
  children.forEach((stmt, i) => {
    if (!cx.st) return;
    if (stmt.type === 'let_declaration') evalLet(cx, stmt);
    else if (stmt.type === 'expression_statement') {
      const e = stmt.firstNamedChild;
      // A block-like expression without `;` as the last statement is still the block's value.
      if (e) ty = i === children.length - 1 && !stmt.text.endsWith(';') ? evalExpr(cx, e, mode) : (evalExpr(cx, e, 'value'), prim('()'));
    } else if (i === children.length - 1) ty = evalExpr(cx, stmt, mode);
    else evalExpr(cx, stmt, 'value');
  });
  return ty;
}

function evalLet(cx: MoveChecker, node: SyntaxNode): void {
  const pattern = node.childForFieldName('pattern');
  const typeNode = node.childForFieldName('type');
  const value = node.childForFieldName('value');
  const alternative = node.childForFieldName('alternative');
  const declared = typeNode ? tyOfNode(typeNode, cx.selfTy, cx.typeParams) : undefined;
  if (!pattern) return;
  if (!value) {
    bindPattern(cx, pattern, { place: null, ty: declared ?? UNKNOWN, byRef: false });
    return;
  }
  if (pattern.type === '_') {
    // `let _ = place;` does not even read the place.
    if (!cx.placeOf(value)) evalExpr(cx, value, 'value');
    return;
  }
  // `let S = x;` with a unit struct `S` binds nothing: a pattern, not a name.
  const simple = (pattern.type === 'identifier' && /^[a-z_]/.test(pattern.text)) || (pattern.type === 'mut_pattern' && pattern.lastNamedChild?.type === 'identifier');
  let scrutinee: Scrutinee;
  if (simple) {
    const ty = evalExpr(cx, value, 'value');
    scrutinee = { place: null, ty: declared ?? ty, byRef: false };
  } else {
    scrutinee = scrutineeOf(cx, value);
    if (declared) scrutinee.ty = declared;
    readDiscriminant(cx, value, scrutinee, [pattern]);
  }
  const beforeBinding = cx.st?.clone() ?? null;
  bindPattern(cx, pattern, scrutinee);
  if (alternative) cx.branch(() => evalExpr(cx, alternative, 'value'), beforeBinding);
}

/**
 * A refutable pattern reads the matched place (rustc reports a moved place at the scrutinee; a
 * binding that moves a part of it replaces that report, see checker.ts). In a closure, matching a
 * captured place without reading it is still something rustc may check: the check stays unsure.
 */
function readDiscriminant(cx: MoveChecker, value: SyntaxNode, scrutinee: Scrutinee, patterns: SyntaxNode[]): void {
  const place = scrutinee.place;
  if (!place) return;
  if (patterns.some((p) => isRefutable(cx, p))) cx.use(place, cx.span(value), 'use');
  else if (place.local.body !== cx.body.id && patterns.some((p) => p.type !== '_')) cx.unsureUse(place, cx.span(value));
}

/** The value a pattern is matched against: a place (evaluated by the bindings) or a temporary. */
function scrutineeOf(cx: MoveChecker, value: SyntaxNode): Scrutinee {
  const place = cx.placeOf(value);
  if (place) {
    if (place.behindRef) return { place: null, ty: place.valueTy, byRef: false };
    return { place, ty: place.valueTy, byRef: false };
  }
  return { place: null, ty: evalExpr(cx, value, 'value'), byRef: false };
}

/** Evaluates an `if`/`while` condition, binding `let` patterns; returns the state when it fails. */
function evalCondition(cx: MoveChecker, cond: SyntaxNode): MoveState | null {
  const parts = cond.type === 'let_chain' ? cond.namedChildren.filter(isNode) : [cond];
  let failed: MoveState | null = null;
  for (const part of parts) {
    if (!cx.st) break;
    if (part.type === 'let_condition') {
      const value = part.childForFieldName('value');
      const pattern = part.childForFieldName('pattern');
      if (!value || !pattern) continue;
      const scrutinee = scrutineeOf(cx, value);
      readDiscriminant(cx, value, scrutinee, [pattern]);
      failed = MoveState.join(failed, cx.st);
      bindPattern(cx, pattern, scrutinee);
    } else {
      evalExpr(cx, part, 'value');
      failed = MoveState.join(failed, cx.st);
    }
  }
  return failed;
}

export function evalIf(cx: MoveChecker, node: SyntaxNode, mode: Mode): Ty {
  const cond = node.childForFieldName('condition');
  const consequence = node.childForFieldName('consequence');
  const alternative = node.childForFieldName('alternative');
  let elseStart: MoveState | null = null;
  let ty: Ty = UNKNOWN;
  const thenEnd = cx.branch(() =>
    cx.withScope(() => {
      elseStart = cond ? evalCondition(cx, cond) : cx.st?.clone() ?? null;
      if (consequence && cx.st) ty = evalExpr(cx, consequence, mode);
    }),
  );
  const elseEnd = cx.branch(() => {
    const branch = alternative?.namedChildren.find(isNode);
    if (branch) evalExpr(cx, branch, mode);
  }, elseStart);
  cx.st = MoveState.join(thenEnd, elseEnd);
  return alternative ? ty : prim('()');
}

export function evalMatch(cx: MoveChecker, node: SyntaxNode, mode: Mode): Ty {
  const value = node.childForFieldName('value');
  if (!value) return UNKNOWN;
  const scrutinee = scrutineeOf(cx, value);
  const armPatterns = (node.childForFieldName('body')?.namedChildren ?? [])
    .filter((a) => a?.type === 'match_arm')
    .map((a) => a.childForFieldName('pattern')?.namedChildren.find((c) => !sameNode(c, a.childForFieldName('pattern')?.childForFieldName('condition'))))
    .filter(isNode);
  readDiscriminant(cx, value, scrutinee, armPatterns);
  const start = cx.st;
  let end: MoveState | null = null;
  let ty: Ty = UNKNOWN;
  const arms = node.childForFieldName('body')?.namedChildren.filter((c) => c?.type === 'match_arm') ?? [];
  for (const arm of arms) {
    if (!arm) continue;
    const armEnd = cx.branch(
      () =>
        cx.withScope(() => {
          const mp = arm.childForFieldName('pattern');
          const pat = mp?.namedChildren.find((c) => c && !sameNode(c, mp.childForFieldName('condition')));
          if (pat) bindPattern(cx, pat, scrutinee);
          const guard = mp?.childForFieldName('condition');
          if (guard) evalCondition(cx, guard);
          const body = arm.childForFieldName('value');
          if (body && cx.st) {
            const t = evalExpr(cx, body, mode);
            if (ty.k === 'unknown') ty = t;
          }
        }),
      start,
    );
    end = MoveState.join(end, armEnd);
  }
  cx.st = end;
  return ty;
}

/**
 * Runs a loop body until the state at its head no longer changes (without reporting), then once
 * more with reporting on. `iteration` runs one iteration from `cx.st`.
 */
function runLoop(cx: MoveChecker, label: string | undefined, iteration: () => void): LoopFrame {
  const entry = cx.st;
  let head = entry?.clone() ?? null;
  const reporting = cx.reporting;
  cx.reporting = false;
  for (let i = 0; i < 12; i++) {
    const frame = oneIteration(cx, label, head, iteration);
    let next = MoveState.join(entry, cx.st);
    for (const c of frame.continues) next = MoveState.join(next, c);
    if (MoveState.equal(next, head)) break;
    head = next;
  }
  cx.reporting = reporting;
  return oneIteration(cx, label, head, iteration);
}

function oneIteration(cx: MoveChecker, label: string | undefined, head: MoveState | null, iteration: () => void): LoopFrame {
  const frame: LoopFrame = { label, breaks: [], continues: [], block: false };
  cx.loops.push(frame);
  cx.st = head?.clone() ?? null;
  try {
    if (cx.st) iteration();
  } finally {
    cx.loops.pop();
  }
  return frame;
}

const joinAll = (states: (MoveState | null)[]) => states.reduce<MoveState | null>((acc, s) => MoveState.join(acc, s), null);

export function evalLoop(cx: MoveChecker, node: SyntaxNode): Ty {
  const body = node.childForFieldName('body');
  const frame = runLoop(cx, labelOf(node), () => {
    if (body) evalExpr(cx, body, 'value');
  });
  cx.st = joinAll(frame.breaks);
  return UNKNOWN;
}

export function evalWhile(cx: MoveChecker, node: SyntaxNode): Ty {
  const cond = node.childForFieldName('condition');
  const body = node.childForFieldName('body');
  let failed: MoveState | null = null;
  const frame = runLoop(cx, labelOf(node), () =>
    cx.withScope(() => {
      failed = cond ? evalCondition(cx, cond) : null;
      if (body && cx.st) evalExpr(cx, body, 'value');
    }),
  );
  cx.st = joinAll([failed, ...frame.breaks]);
  return prim('()');
}

export function evalFor(cx: MoveChecker, node: SyntaxNode): Ty {
  const pattern = node.childForFieldName('pattern');
  const value = node.childForFieldName('value');
  const body = node.childForFieldName('body');
  let elem: Ty = UNKNOWN;
  if (value) {
    const iterTy = evalExpr(cx, value, 'value', 'value moved into the `for` loop here');
    elem = elementTy(iterTy, value);
  }
  let head: MoveState | null = null;
  const frame = runLoop(cx, labelOf(node), () =>
    cx.withScope(() => {
      head = cx.st?.clone() ?? null;
      if (pattern) bindPattern(cx, pattern, { place: null, ty: elem, byRef: false });
      if (body) evalExpr(cx, body, 'value');
    }),
  );
  cx.st = joinAll([head, ...frame.breaks]);
  return prim('()');
}

/** The item type of `for x in <expr>`, for the few iterables the check knows. */
function elementTy(iterTy: Ty, value: SyntaxNode): Ty {
  if (value.type === 'range_expression') {
    const first = value.namedChildren.find(isNode);
    return first?.type === 'integer_literal' ? prim('i32') : UNKNOWN;
  }
  if (iterTy.k === 'ref') {
    const owned = derefTy(iterTy);
    if (owned.k === 'array') return { k: 'ref', mut: iterTy.mut, inner: owned.elem };
    if (owned.k === 'adt' && owned.name === 'Vec') return { k: 'ref', mut: iterTy.mut, inner: owned.args[0] ?? UNKNOWN };
    return UNKNOWN;
  }
  if (iterTy.k === 'array') return iterTy.elem;
  if (iterTy.k === 'adt' && iterTy.name === 'Vec') return iterTy.args[0] ?? UNKNOWN;
  return UNKNOWN;
}

function findFrame(cx: MoveChecker, node: SyntaxNode, isBreak: boolean): LoopFrame | undefined {
  const label = labelOf(node);
  for (let i = cx.loops.length - 1; i >= 0; i--) {
    const f = cx.loops[i]!;
    if (label ? f.label === label : !f.block) return f;
    if (!isBreak && f.block) continue;
  }
  return undefined;
}

export function evalBreak(cx: MoveChecker, node: SyntaxNode): Ty {
  const value = node.namedChildren.find((c) => c && c.type !== 'label');
  if (value) evalExpr(cx, value, 'value');
  findFrame(cx, node, true)?.breaks.push(cx.st?.clone() ?? null);
  cx.st = null;
  return prim('!');
}

export function evalContinue(cx: MoveChecker, node: SyntaxNode): Ty {
  findFrame(cx, node, false)?.continues.push(cx.st?.clone() ?? null);
  cx.st = null;
  return prim('!');
}

export function evalReturn(cx: MoveChecker, node: SyntaxNode): Ty {
  const value = node.namedChildren.find(isNode);
  if (value) evalExpr(cx, value, 'value');
  cx.st = null;
  return prim('!');
}
