// Closures (and `async` blocks) are bodies of their own: what they do to their captures happens
// when they are created. A `move` closure takes every captured place by value; another closure
// takes by value exactly what its body consumes and borrows the rest (Rust 2021 captures the
// precise place, `p.name` rather than `p`).
import type { SyntaxNode } from '../syntax';
import type { MoveChecker, Place } from './checker';
import { evalExpr } from './expressions';
import { bindPattern } from './patterns';
import { MoveState } from './state';
import { CLOSURE, UNKNOWN, isNode, tyOfNode, type Ty } from './ty';

export function evalClosure(cx: MoveChecker, node: SyntaxNode): Ty {
  const isMove = node.children.some((c) => c?.type === 'move');
  const outerState = cx.st;
  const outerBody = cx.body;
  const outerLoops = cx.loops;
  const body = cx.newBody(outerBody);
  cx.body = body;
  cx.loops = [];
  cx.st = new MoveState();
  try {
    cx.withScope(() => {
      for (const p of node.childForFieldName('parameters')?.namedChildren.filter(isNode) ?? []) {
        if (p.type === 'parameter') {
          const pat = p.childForFieldName('pattern');
          if (pat) bindPattern(cx, pat, { place: null, ty: tyOfNode(p.childForFieldName('type'), cx.selfTy, cx.typeParams), byRef: false });
        } else bindPattern(cx, p, { place: null, ty: UNKNOWN, byRef: false });
      }
      const b = node.childForFieldName('body') ?? node.namedChildren.find((c) => c?.type === 'block');
      if (b) evalExpr(cx, b, 'value');
    });
  } finally {
    cx.st = outerState;
    cx.body = outerBody;
    cx.loops = outerLoops;
  }
  if (!cx.st) return UNKNOWN;
  const span = cx.span(node);
  // A closure that owns a non-`Copy` capture is itself not `Copy`; otherwise its type is not
  // judged (one that borrows mutably is not `Copy` either, one that only reads is).
  let owns = false;
  for (const cap of body.captures.values()) {
    if ((isMove || cap.mode === 'move') && cx.copy(cap.ty) === 'no') owns = true;
  }
  for (const cap of body.captures.values()) {
    const place: Place = {
      local: cap.local,
      path: cap.path,
      ty: cap.ty,
      behindRef: false,
      valueTy: cap.ty,
      text: [cap.local.name, ...cap.path].join('.'),
    };
    if (cap.mode === 'peek') cx.unsureUse(place, span);
    else if (isMove || cap.mode === 'move') cx.moveOut(place, span, 'value moved into closure here', 'closure');
    else {
      cx.use(place, span, 'capture');
      if (cap.mode === 'unknown') cx.poison(place, span);
    }
  }
  return owns ? CLOSURE : UNKNOWN;
}
