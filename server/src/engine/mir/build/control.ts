// Control flow: `if` (and `if let` chains), `match` (arms tested in order, one discriminant read
// per scrutinee place, bindings after the tests, guards), `loop`/`while`/`for` with their
// `falseUnwind` heads, `break` with a value, `continue`, `return`. Leaving scopes early drops what
// they own on the way out. `for` is rustc's desugaring: `IntoIterator::into_iter` once, then
// `Iterator::next(&mut iter)` and a match on its `Option` each time round.
import type * as A from '../../syntax/ast';
import { INTS, type Ty } from '../../typeck/ty';
import type { BasicBlock, Place } from '../syntax';
import { place } from '../syntax';
import type { Builder, LoopScope } from './builder';
import { callFn, emitCall } from './call';
import { asOperand, asPlace, asTemp, asTempNoDrop, into, isPlaceExpr, project, placeOrTemp } from './expr';
import { bindPattern, declareBindings, testPattern, type DiscrCache } from './pattern';
import { STD, stdItem } from './stdItems';
import { lowerBlockInto } from './stmt';

export { lowerBlockInto };

function conditions(e: A.Expr): A.Expr[] {
  if (e.kind === 'Binary' && e.op === '&&' && hasLet(e)) return [...conditions(e.lhs), ...conditions(e.rhs)];
  if (e.kind === 'Paren') return conditions(e.expr);
  return [e];
}

function hasLet(e: A.Expr): boolean {
  if (e.kind === 'LetExpr') return true;
  if (e.kind === 'Binary' && e.op === '&&') return hasLet(e.lhs) || hasLet(e.rhs);
  return e.kind === 'Paren' && hasLet(e.expr);
}

/** Tests a condition chain, branching to `fail` at the first that does not hold; bindings go in the innermost scope. */
function lowerConditions(b: Builder, cond: A.Expr, fail: BasicBlock): void {
  for (const c of conditions(cond)) {
    if (c.kind === 'LetExpr') {
      const ty = b.exprTy(c.expr);
      const pl = placeOrTemp(b, c.expr);
      b.push({ kind: 'fakeRead', cause: 'forMatchedPlace', place: pl }, c.expr.span);
      testPattern(b, c.pat, pl, ty, fail, new Map());
      declareBindings(b, c.pat, b.scopes.innermostBlockScope());
      bindPattern(b, c.pat, pl, ty, 'move');
      continue;
    }
    // A plain condition's temporaries die before either branch runs.
    b.scopes.push('statement');
    const op = asOperand(b, c);
    b.scopes.pop(c.span);
    const ok = b.newBlock();
    b.terminate(b.current, { kind: 'switchInt', discr: op, targets: { values: [0n], targets: [fail], otherwise: ok } }, c.span);
    b.current = ok;
  }
}

export function lowerIf(b: Builder, dest: Place, e: A.IfExpr): void {
  const elseBlock = b.newBlock();
  const join = b.newBlock();
  b.scopes.push('arm');
  lowerConditions(b, e.cond, elseBlock);
  lowerBlockInto(b, dest, e.then, e.then.span);
  b.scopes.popEnd(e.then.span);
  b.goto(join, e.span);
  b.current = elseBlock;
  if (e.else) into(b, dest, e.else);
  b.goto(join, e.span);
  b.current = join;
}

export function lowerMatch(b: Builder, dest: Place, e: A.MatchExpr): void {
  const ty = b.exprTy(e.scrutinee);
  const pl = placeOrTemp(b, e.scrutinee);
  b.push({ kind: 'fakeRead', cause: 'forMatchedPlace', place: pl }, e.scrutinee.span);
  const cache: DiscrCache = Object.assign(new Map<string, number>(), { scrutinee: e.scrutinee.span });
  const join = b.newBlock();
  for (const arm of e.arms) {
    const next = b.newBlock();
    testPattern(b, arm.pat, pl, ty, next, cache);
    const armDepth = b.scopes.push('arm');
    declareBindings(b, arm.pat, armDepth);
    bindPattern(b, arm.pat, pl, ty, 'move');
    if (arm.guard) {
      b.scopes.push('statement');
      const g = asOperand(b, arm.guard);
      b.scopes.pop(arm.guard.span);
      const ok = b.newBlock();
      const failed = b.newBlock();
      b.terminate(b.current, { kind: 'switchInt', discr: g, targets: { values: [0n], targets: [failed], otherwise: ok } }, arm.guard.span);
      b.current = failed;
      b.scopes.exitTo(armDepth, arm.guard.span);
      b.goto(next, arm.guard.span);
      b.current = ok;
    }
    b.scopes.push('statement');
    into(b, dest, arm.body);
    b.scopes.popEnd(arm.body.span);
    b.scopes.popEnd(arm.span);
    b.goto(join, arm.span);
    b.current = next;
  }
  b.terminate(b.current, { kind: 'unreachable' }, e.span);
  b.current = join;
}

function findLoop(b: Builder, label: A.Ident | undefined, span: A.Span): LoopScope | undefined {
  for (let i = b.loops.length - 1; i >= 0; i--) {
    const l = b.loops[i]!;
    if (!label || l.label === label.name) return l;
  }
  b.unsupportedAt(span, '`break` or `continue` outside the loops the builder saw');
  return undefined;
}

/** A loop whose head is `head` (a `falseUnwind` to the body); `body` lowers one iteration. */
function loopWith(b: Builder, dest: Place, label: A.Ident | undefined, span: A.Span, body: (exit: BasicBlock) => void): void {
  const head = b.newBlock();
  const exit = b.newBlock();
  b.goto(head, span);
  b.current = head;
  const start = b.newBlock();
  b.terminate(head, { kind: 'falseUnwind', realTarget: start, unwind: b.scopes.unwind() }, span);
  b.current = start;
  b.loops.push({ label: label?.name, depth: b.scopes.depth, breakBlock: exit, continueBlock: head, dest });
  body(exit);
  b.loops.pop();
  b.goto(head, span);
  b.current = exit;
}

function bodyBlock(b: Builder, block: A.Block): void {
  b.scopes.push('statement');
  const unit = b.temp(b.tcx.unit, block.span);
  lowerBlockInto(b, place(unit), block, block.span);
  b.scopes.popEnd(block.span);
}

export function lowerLoop(b: Builder, dest: Place, e: A.LoopExpr): void {
  loopWith(b, dest, e.label, e.span, () => bodyBlock(b, e.body));
}

export function lowerWhile(b: Builder, dest: Place, e: A.WhileExpr): void {
  loopWith(b, dest, e.label, e.span, (exit) => {
    const depth = b.scopes.push('arm');
    const fail = b.newBlock();
    lowerConditions(b, e.cond, fail);
    bodyBlock(b, e.body);
    b.scopes.popEnd(e.body.span);
    const back = b.current;
    b.current = fail;
    b.scopes.exitTo(depth, e.cond.span);
    b.goto(exit, e.cond.span);
    b.current = back;
  });
}

/** What `IntoIterator::into_iter` of a value of type `ty` gives, when the product knows it. */
function intoIterTy(b: Builder, ty: Ty, item: Ty): Ty {
  if (ty.k === 'adt' && ty.def.std && ['Vec', 'HashMap', 'HashSet', 'VecDeque', 'BTreeMap', 'BTreeSet', 'BinaryHeap', 'LinkedList', 'Option'].includes(ty.def.name)) {
    return b.tcx.adt(stdItem(`${ty.def.path ?? ty.def.name}::IntoIter`), ty.args);
  }
  // The array itself, not its element: the iterator holds the whole array (`IntoIter<T, N>`).
  if (ty.k === 'array') return b.tcx.adt(stdItem('core::array::IntoIter'), [ty]);
  if (ty.k === 'ref') return b.tcx.adt(stdItem(ty.mut ? 'core::slice::IterMut' : 'core::slice::Iter'), [item]);
  // An iterator is its own `IntoIterator`.
  return ty;
}

export function lowerFor(b: Builder, dest: Place, e: A.ForExpr): void {
  const itemTy = b.results.patTypes.get(e.pat.id) ?? b.tcx.unit;
  const iterTy = intoIterTy(b, b.exprTy(e.iter), itemTy);
  const scopeDepth = b.scopes.push('block');
  const arg = asOperand(b, e.iter);
  const intoIter = asTempNoDrop(b, iterTy, e.iter.span);
  emitCall(b, place(intoIter), callFn(stdItem(STD.intoIter), e.iter.span), [arg], e.iter.span, false);
  const iter = b.newLocal({ kind: 'user', mutable: true, ty: iterTy, span: e.iter.span, name: 'iter' });
  b.storageLive(iter, e.iter.span);
  b.assign(place(iter), { kind: 'use', operand: { kind: 'move', place: place(intoIter) } }, e.iter.span);
  b.scopes.scheduleVar(iter, e.iter.span, scopeDepth);
  const optionTy = b.tcx.adt(stdItem(STD.option), [itemTy]);
  loopWith(b, dest, e.label, e.span, (exit) => {
    const depth = b.scopes.push('statement');
    const next = b.temp(optionTy, e.pat.span, true);
    const r = asTempNoDrop(b, b.tcx.ref(iterTy, true), e.iter.span);
    b.assign(place(r), { kind: 'ref', borrow: 'mut', place: place(iter) }, e.iter.span);
    emitCall(b, place(next), callFn(stdItem(STD.next), e.iter.span), [{ kind: 'move', place: place(r) }], e.iter.span, false);
    const d = asTempNoDrop(b, INTS.isize, e.iter.span);
    b.assign(place(d), { kind: 'discriminant', place: place(next) }, e.iter.span);
    const none = b.newBlock();
    const some = b.newBlock();
    const unreachable = b.newBlock();
    b.terminate(unreachable, { kind: 'unreachable' }, e.span);
    b.terminate(b.current, { kind: 'switchInt', discr: { kind: 'move', place: place(d) }, targets: { values: [0n, 1n], targets: [none, some], otherwise: unreachable } }, e.iter.span);
    b.current = none;
    b.scopes.exitTo(depth, e.iter.span);
    b.goto(exit, e.iter.span);
    b.current = some;
    const armDepth = b.scopes.push('arm');
    declareBindings(b, e.pat, armDepth);
    const payload = project(project(place(next), { kind: 'downcast', variant: 1, name: 'Some' }), { kind: 'field', index: 0, name: '0', ty: itemTy });
    bindPattern(b, e.pat, payload, itemTy, 'move');
    bodyBlock(b, e.body);
    b.scopes.popEnd(e.body.span);
    b.scopes.popEnd(e.body.span);
  });
  b.scopes.popEnd(e.span);
}

export function lowerBreak(b: Builder, e: A.BreakExpr): void {
  const l = findLoop(b, e.label, e.span);
  if (!l) return;
  if (e.value) into(b, l.dest, e.value);
  b.scopes.exitTo(l.depth, e.span);
  b.goto(l.breakBlock, e.span);
  b.diverged();
}

export function lowerContinue(b: Builder, e: A.ContinueExpr): void {
  const l = findLoop(b, e.label, e.span);
  if (!l) return;
  b.scopes.exitTo(l.depth, e.span);
  b.goto(l.continueBlock, e.span);
  b.diverged();
}

export function lowerReturn(b: Builder, e: A.ReturnExpr): void {
  if (e.value) into(b, place(0), e.value);
  b.scopes.exitTo(0, e.span);
  b.goto(b.returnBlock, e.span);
  b.diverged();
}
