// Evaluation of expressions for the move check: which places each expression uses, which it
// moves, and (as far as the check can tell) the type of its value. `value` mode consumes the
// result (a place moves unless `Copy`); `borrow` mode only reads or borrows it.
import type { SyntaxNode } from '../syntax';
import type { MoveChecker, Place } from './checker';
import { evalBlock, evalBreak, evalContinue, evalFor, evalIf, evalLoop, evalMatch, evalReturn, evalWhile } from './control';
import { fieldTy, userAdt } from './items';
import { evalClosure } from './closures';
import { evalMacro, poisonMentions } from './macroUses';
import { methodReturnTy, receiverUse } from './receivers';
import { MoveState } from './state';
import { UNKNOWN, adt, derefTy, isNode, sameNode, prim, substitute, tyOfNode, type Ty } from './ty';

export type Mode = 'value' | 'borrow';

const COMPARISONS = new Set(['==', '!=', '<', '>', '<=', '>=']);
const STD_CONSTRUCTED = new Set([
  'String', 'Vec', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque', 'BinaryHeap', 'LinkedList', 'Box', 'Rc',
  'Arc', 'RefCell', 'Cell', 'Mutex', 'RwLock', 'PathBuf', 'OsString',
]);

function literalTy(node: SyntaxNode): Ty {
  switch (node.type) {
    case 'integer_literal': {
      const m = /(i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize)$/.exec(node.text);
      return prim(m ? m[1]! : 'i32');
    }
    case 'float_literal':
      return prim(/f32$/.test(node.text) ? 'f32' : 'f64');
    case 'boolean_literal':
      return prim('bool');
    case 'char_literal':
      return prim('char');
    default:
      return { k: 'ref', mut: false, inner: prim('str') };
  }
}

export function evalExpr(cx: MoveChecker, node: SyntaxNode, mode: Mode, label = 'value moved here'): Ty {
  if (!cx.st) return UNKNOWN;
  switch (node.type) {
    case 'identifier':
    case 'self':
    case 'field_expression':
    case 'parenthesized_expression': {
      const place = cx.placeOf(node);
      if (place) return usePlace(cx, place, node, mode, label);
      if (node.type === 'parenthesized_expression') {
        const inner = node.firstNamedChild;
        return inner ? evalExpr(cx, inner, mode, label) : UNKNOWN;
      }
      if (node.type === 'field_expression') {
        const base = node.childForFieldName('value');
        const baseTy = base ? evalExpr(cx, base, 'borrow') : UNKNOWN;
        return fieldTy(cx.items, derefTy(baseTy), node.childForFieldName('field')?.text ?? '');
      }
      // A unit struct used as a value (`let e = Empty;`).
      const unit = node.type === 'identifier' ? cx.items.types.get(node.text) : undefined;
      if (unit?.fields && unit.fields.order.length === 0 && unit.params.length === 0) return userAdt(cx.items, node.text);
      return UNKNOWN; // a function, constant or static
    }
    case 'integer_literal':
    case 'float_literal':
    case 'boolean_literal':
    case 'char_literal':
    case 'string_literal':
    case 'raw_string_literal':
      return literalTy(node);
    case 'unit_expression':
      return prim('()');
    case 'call_expression':
      return evalCall(cx, node);
    case 'macro_invocation':
      return evalMacro(cx, node, mode);
    case 'reference_expression': {
      const value = node.childForFieldName('value');
      const mut = node.children.some((c) => c?.type === 'mutable_specifier');
      if (!value) return UNKNOWN;
      const place = cx.placeOf(value);
      let inner: Ty;
      if (place) {
        // rustc points at the whole borrow expression (`&s`), not at `s`.
        cx.use(place, cx.span(node), 'borrow');
        inner = place.valueTy;
      } else inner = evalExpr(cx, value, 'value');
      return { k: 'ref', mut, inner };
    }
    case 'unary_expression': {
      const op = node.child(0)?.text;
      const operand = node.namedChildren.find(isNode);
      if (!operand) return UNKNOWN;
      if (op === '*') {
        const ty = evalExpr(cx, operand, 'borrow');
        const pointee = ty.k === 'ref' ? ty.inner : ty.k === 'adt' && ty.name === 'Box' ? (ty.args[0] ?? UNKNOWN) : UNKNOWN;
        // Moving out of `*boxed` is allowed and partial: not modelled, so later uses are not judged.
        const place = cx.placeOf(operand);
        if (mode === 'value' && place && cx.copy(pointee) !== 'yes' && ty.k !== 'ref') cx.poison(place, cx.span(node));
        return pointee;
      }
      const ty = evalExpr(cx, operand, 'value');
      return ty.k === 'prim' ? ty : UNKNOWN;
    }
    case 'binary_expression':
      return evalBinary(cx, node);
    case 'assignment_expression':
      evalAssign(cx, node);
      return prim('()');
    case 'compound_assignment_expr': {
      const right = node.childForFieldName('right');
      const left = node.childForFieldName('left');
      if (right) evalExpr(cx, right, 'value');
      if (left) evalExpr(cx, left, 'borrow');
      return prim('()');
    }
    case 'tuple_expression': {
      const elems = node.namedChildren.filter(isNode).filter((c) => c.type !== 'attribute_item');
      return { k: 'tuple', elems: elems.map((e) => evalExpr(cx, e, 'value')) };
    }
    case 'array_expression': {
      const length = node.childForFieldName('length');
      const elems = node.namedChildren.filter(isNode).filter((c) => !sameNode(c, length) && c.type !== 'attribute_item');
      const tys = elems.map((e) => evalExpr(cx, e, 'value'));
      if (length) evalExpr(cx, length, 'value');
      return { k: 'array', elem: tys[0] ?? UNKNOWN };
    }
    case 'struct_expression':
      return evalStruct(cx, node);
    case 'closure_expression':
      return evalClosure(cx, node);
    case 'block':
    case 'unsafe_block':
    case 'const_block':
      return evalBlock(cx, node.type === 'block' ? node : (node.namedChildren.find((c) => c?.type === 'block') ?? node), mode);
    case 'if_expression':
      return evalIf(cx, node, mode);
    case 'match_expression':
      return evalMatch(cx, node, mode);
    case 'while_expression':
      return evalWhile(cx, node);
    case 'loop_expression':
      return evalLoop(cx, node);
    case 'for_expression':
      return evalFor(cx, node);
    case 'return_expression':
      return evalReturn(cx, node);
    case 'break_expression':
      return evalBreak(cx, node);
    case 'continue_expression':
      return evalContinue(cx, node);
    case 'try_expression': {
      // `x?` on a `Result<T, _>` or an `Option<T>` gives the `T`.
      const inner = node.namedChildren.find(isNode);
      const ty = inner ? evalExpr(cx, inner, 'value') : UNKNOWN;
      return ty.k === 'adt' && (ty.name === 'Result' || ty.name === 'Option') ? (ty.args[0] ?? UNKNOWN) : UNKNOWN;
    }
    case 'await_expression': {
      const inner = node.namedChildren.find(isNode);
      if (inner) evalExpr(cx, inner, 'value');
      return UNKNOWN;
    }
    case 'index_expression': {
      const [base, index] = node.namedChildren.filter(isNode);
      let baseTy: Ty = UNKNOWN;
      if (base) {
        const place = cx.placeOf(base);
        if (place) {
          cx.use(place, cx.span(base), 'borrow');
          baseTy = place.valueTy;
        } else baseTy = evalExpr(cx, base, 'borrow');
      }
      const indexTy = index ? evalExpr(cx, index, 'value') : UNKNOWN;
      const owned = derefTy(baseTy);
      if (index?.type === 'range_expression' || indexTy.k !== 'prim') return UNKNOWN;
      if (owned.k === 'array') return owned.elem;
      if (owned.k === 'adt' && (owned.name === 'Vec' || owned.name === 'VecDeque')) return owned.args[0] ?? UNKNOWN;
      return UNKNOWN;
    }
    case 'range_expression': {
      for (const c of node.namedChildren) if (c) evalExpr(cx, c, 'value');
      // `a..b`, `a..=b` and `a..` are iterators and not `Copy`; `..b`, `..=b` and `..` are.
      const hasStart = node.namedChildren[0] !== undefined && node.namedChildren[0].startIndex === node.startIndex;
      return hasStart ? adt('Range', [UNKNOWN]) : { k: 'ptr' };
    }
    case 'type_cast_expression': {
      const value = node.childForFieldName('value');
      if (value) evalExpr(cx, value, 'value');
      return tyOfNode(node.childForFieldName('type'));
    }
    case 'scoped_identifier': {
      const path = node.text.split('::');
      const last = path[path.length - 1] ?? '';
      if (last === 'None') return adt('Option', [UNKNOWN]);
      const owner = path[path.length - 2];
      if (owner && cx.items.types.get(owner)?.variants?.has(last)) return userAdt(cx.items, owner);
      return UNKNOWN;
    }
    case 'generic_function':
    case 'line_comment':
    case 'block_comment':
      return UNKNOWN;
    case 'async_block':
    case 'gen_block':
      return evalClosure(cx, node);
    default:
      // A construct the check does not model: whatever it mentions may have moved.
      poisonMentions(cx, node);
      return UNKNOWN;
  }
}

/** A place used as a value (moves unless `Copy`) or borrowed. */
export function usePlace(cx: MoveChecker, place: Place, node: SyntaxNode, mode: Mode, label: string): Ty {
  if (mode === 'value') cx.moveOut(place, cx.span(node), label);
  else cx.use(place, cx.span(node), 'borrow');
  return place.valueTy;
}

function evalBinary(cx: MoveChecker, node: SyntaxNode): Ty {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const op = node.childForFieldName('operator')?.text ?? node.children.find((c) => c && !c.isNamed)?.text ?? '';
  if (!left || !right) return UNKNOWN;
  if (COMPARISONS.has(op)) {
    evalExpr(cx, left, 'borrow');
    evalExpr(cx, right, 'borrow');
    return prim('bool');
  }
  if (op === '&&' || op === '||') {
    evalExpr(cx, left, 'value');
    // The right operand runs on one path only.
    const after = cx.branch(() => evalExpr(cx, right, 'value'));
    cx.st = MoveState.join(cx.st, after);
    return prim('bool');
  }
  const label = 'value moved here by this operator';
  const lt = evalExpr(cx, left, 'value', label);
  evalExpr(cx, right, 'value', label);
  if (lt.k === 'prim') return lt;
  if (lt.k === 'adt' && lt.name === 'String' && op === '+') return lt;
  return UNKNOWN;
}

function evalAssign(cx: MoveChecker, node: SyntaxNode): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (right) evalExpr(cx, right, 'value');
  if (!left || !cx.st) return;
  const place = cx.placeOf(left);
  if (!place) {
    if (left.type === 'index_expression' || left.type === 'unary_expression') evalExpr(cx, left, 'borrow');
    else if (left.type !== '_') poisonMentions(cx, left);
    return;
  }
  if (place.behindRef) {
    cx.use({ ...place, path: place.path }, cx.span(left), 'borrow');
    return;
  }
  if (place.path.length > 0) {
    // Assigning into a field of a moved struct is an error; into a moved field is not.
    const conflict = cx.st.conflict(place.local, place.path);
    if (conflict?.kind === 'full' && conflict.path.length < place.path.length) {
      cx.use({ ...place, path: conflict.path }, cx.span(left), 'assign');
    }
  }
  cx.st.reinit(place.local, place.path);
}

function evalStruct(cx: MoveChecker, node: SyntaxNode): Ty {
  const nameNode = node.childForFieldName('name');
  const path = nameNode?.text.replace(/<.*$/s, '') ?? '';
  const segments = path.split('::');
  const last = segments[segments.length - 1] ?? '';
  let ty: Ty = UNKNOWN;
  if (last === 'Self') ty = cx.selfTy;
  else if (cx.items.types.get(last)?.fields) ty = userAdt(cx.items, last);
  else {
    const owner = segments[segments.length - 2];
    if (owner && cx.items.types.get(owner)?.variants?.has(last)) ty = userAdt(cx.items, owner);
  }
  const explicit = new Set<string>();
  for (const f of node.childForFieldName('body')?.namedChildren.filter(isNode) ?? []) {
    if (f.type === 'field_initializer') {
      explicit.add(f.childForFieldName('field')?.text ?? '');
      const value = f.childForFieldName('value');
      if (value) evalExpr(cx, value, 'value');
    } else if (f.type === 'shorthand_field_initializer') {
      const id = f.namedChildren.find(isNode);
      if (id) {
        explicit.add(id.text);
        evalExpr(cx, id, 'value');
      }
    } else if (f.type === 'base_field_initializer') {
      const base = f.namedChildren.find(isNode);
      if (base) evalStructBase(cx, node, base, ty, explicit);
    }
  }
  return ty;
}

/** `..base` moves every field of `base` that the literal does not set (those that are not `Copy`). */
function evalStructBase(cx: MoveChecker, literal: SyntaxNode, base: SyntaxNode, ty: Ty, explicit: Set<string>): void {
  const place = cx.placeOf(base);
  if (!place) {
    evalExpr(cx, base, 'value');
    return;
  }
  const item = ty.k === 'adt' ? cx.items.types.get(ty.name) : undefined;
  if (!item?.fields || place.behindRef || place.ty.k !== 'adt' || place.ty.name !== item.name) {
    cx.use(place, cx.span(base), 'use');
    cx.poison(place, cx.span(base));
    return;
  }
  for (const field of item.fields.order) {
    if (explicit.has(field)) continue;
    const fty = fieldTy(cx.items, place.ty, field);
    // rustc reads the base's fields at the whole literal (`Point { x: 1, ..p }`).
    cx.moveOut({ ...place, path: [...place.path, field], ty: fty, valueTy: fty, text: `${place.text}.${field}` }, cx.span(literal), 'value moved here', 'move', cx.span(base));
  }
}

/** Calls: functions, constructors, methods, closures held in locals. */
function evalCall(cx: MoveChecker, node: SyntaxNode): Ty {
  let fn = node.childForFieldName('function');
  const args = node.childForFieldName('arguments')?.namedChildren.filter(isNode).filter((a) => a.type !== 'attribute_item') ?? [];
  if (fn?.type === 'generic_function') fn = fn.childForFieldName('function');
  if (!fn) return UNKNOWN;
  if (fn.type === 'field_expression') return evalMethodCall(cx, node, fn, args);

  const local = fn.type === 'identifier' ? cx.lookup(fn.text) : undefined;
  if (local) {
    // A closure or function pointer in a local: an `FnOnce` call would consume it.
    const place = cx.placeOf(fn)!;
    cx.use(place, cx.span(fn), 'borrow');
    for (const a of args) evalExpr(cx, a, 'value');
    if (cx.copy(local.ty) !== 'yes') cx.poison(place, cx.span(fn));
    return UNKNOWN;
  }
  if (fn.type !== 'identifier' && fn.type !== 'scoped_identifier') {
    evalExpr(cx, fn, 'borrow');
    for (const a of args) evalExpr(cx, a, 'value');
    return UNKNOWN;
  }
  const path = fn.text.replace(/::<.*?>/gs, '').split('::');
  const name = path[path.length - 1] ?? '';
  const callee = name === 'drop' && path.length === 1 ? '`drop`' : `\`${name}\``;
  const argTys = args.map((a) => evalExpr(cx, a, 'value', `value moved into ${callee} here`));
  return callResult(cx, path, argTys);
}

function callResult(cx: MoveChecker, path: string[], argTys: Ty[]): Ty {
  const name = path[path.length - 1] ?? '';
  const owner = path[path.length - 2];
  if (path.length === 1) {
    if (name === 'Some') return adt('Option', [argTys[0] ?? UNKNOWN]);
    if (name === 'Ok') return adt('Result', [argTys[0] ?? UNKNOWN, UNKNOWN]);
    if (name === 'Err') return adt('Result', [UNKNOWN, argTys[0] ?? UNKNOWN]);
    const sig = cx.items.fns.get(name);
    if (sig) {
      if (sig.diverges) cx.st = null;
      return substitute(sig.ret, new Map());
    }
    if (cx.items.types.get(name)?.fields?.byName.has('0')) return userAdt(cx.items, name);
    // A variant brought into scope by `use Enum::{A, B}`: the one enum of the file that has it.
    const owners = [...cx.items.types.values()].filter((t) => t.variants?.has(name));
    if (owners.length === 1) return userAdt(cx.items, owners[0]!.name);
    return UNKNOWN;
  }
  if (owner === 'thread' && name === 'spawn') return adt('JoinHandle', [UNKNOWN]);
  // A few I/O constructors: their values own OS resources and are never `Copy`.
  if ((owner === 'BufReader' || owner === 'BufWriter') && name === 'new') return adt(owner, [UNKNOWN]);
  if ((owner === 'File' && (name === 'open' || name === 'create')) || (owner === 'TcpListener' && name === 'bind') || (owner === 'TcpStream' && name === 'connect')) {
    return adt('Result', [adt(owner), adt('io::Error')]);
  }
  if ((owner === 'mpsc' || path[0] === 'mpsc') && (name === 'channel' || name === 'sync_channel')) {
    return { k: 'tuple', elems: [adt(name === 'channel' ? 'Sender' : 'SyncSender', [UNKNOWN]), adt('Receiver', [UNKNOWN])] };
  }
  if (owner === 'process' && name === 'exit') {
    cx.st = null;
    return prim('!');
  }
  if (owner === undefined) return UNKNOWN;
  const typeName = owner === 'Self' && cx.selfTy.k === 'adt' ? cx.selfTy.name : owner;
  const user = cx.items.types.get(typeName);
  if (user) {
    if (user.variants?.has(name)) return userAdt(cx.items, typeName);
    const sig = cx.items.methods.get(typeName)?.get(name);
    if (sig) {
      if (sig.diverges) cx.st = null;
      return substitute(sig.ret, new Map());
    }
    return UNKNOWN;
  }
  if (STD_CONSTRUCTED.has(owner) && ['new', 'from', 'with_capacity', 'default', 'clone'].includes(name)) {
    if (owner === 'Box' || owner === 'Rc' || owner === 'Arc') return adt(owner, [name === 'new' ? (argTys[0] ?? UNKNOWN) : UNKNOWN]);
    return owner === 'String' || owner === 'PathBuf' || owner === 'OsString' ? adt(owner) : adt(owner, [UNKNOWN]);
  }
  return UNKNOWN;
}

function evalMethodCall(cx: MoveChecker, call: SyntaxNode, fn: SyntaxNode, args: SyntaxNode[]): Ty {
  const recvNode = fn.childForFieldName('value');
  const methodNode = fn.childForFieldName('field');
  const method = methodNode?.text ?? '';
  if (!recvNode) return UNKNOWN;
  let recvTy: Ty;
  const place = cx.placeOf(recvNode);
  if (place) {
    recvTy = place.valueTy;
    const recvSpan = cx.span(recvNode);
    const how = place.behindRef ? 'borrow' : receiverUse(cx.items, place.ty, method);
    if (how === 'move') {
      const methodSpan = methodNode ? cx.span(methodNode) : recvSpan;
      cx.moveOut(place, recvSpan, `value moved by the call to \`${method}\``, 'move', { start: methodSpan.start, end: cx.span(call).end });
    } else {
      cx.use(place, recvSpan, 'borrow');
      if (how === 'unknown') cx.poison(place, recvSpan);
    }
  } else recvTy = evalExpr(cx, recvNode, 'value');
  for (const a of args) evalExpr(cx, a, 'value', `value moved into \`${method}\` here`);
  return methodReturnTy(cx.items, recvTy, method);
}
