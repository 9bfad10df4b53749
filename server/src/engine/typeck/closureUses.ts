// How a closure body uses each place, as rustc's ExprUseVisitor reports it to capture analysis: a
// value is consumed (moved, or copied: a shared borrow), borrowed (`&`, `&mut`, a method's
// auto-ref, a format argument, a comparison) or assigned. Method calls follow the checker's
// resolution: a `&mut self` method borrows its receiver mutably, a `self` method on a value that
// is not `Copy` moves it, and a receiver that is a reference is reborrowed through its deref.
// Uses the analysis does not model (patterns that read a discriminant, unknown macros, calls of
// a generic callable) make the closure's result `unsupported`.
import type * as A from '../syntax/ast';
import type { CaptureCx, CaptureMode, ClosureCaptures, PlaceUse } from './captures';
import { builtinDeref, type CapturePlace, fieldOf, fieldPlace, localPlace, placeTy } from './capturePlace';
import type { Ty } from './ty';

class Unsupported {
  constructor(readonly what: string, readonly span: A.Span) {}
}

type Walked = { readonly isPlace: boolean; readonly place?: CapturePlace };

const NOT_PLACE: Walked = { isPlace: false };
const TEMP_PLACE: Walked = { isPlace: true };

const COMPARISONS = new Set<A.BinOp>(['==', '!=', '<', '>', '<=', '>=']);

export interface ClosureUses {
  readonly uses: PlaceUse[];
  /** Whether every use's kind is known (in a `move` closure an unknown one still captures by value). */
  readonly kindKnown: boolean;
}

export function closureUses(cx: CaptureCx, closure: A.ClosureExpr): ClosureUses | ClosureCaptures {
  const declared = new Set<A.NodeId>();
  collectBindings(closure, declared);
  const uses: PlaceUse[] = [];
  const unsupported = (what: string, span: A.Span): never => {
    throw new Unsupported(what, span);
  };
  let kindKnown = true;
  /** A use whose kind is not known: a `move` closure captures by value all the same. */
  const unknownUse = (what: string, span: A.Span): CaptureMode => {
    if (!closure.isMove) return unsupported(what, span);
    kindKnown = false;
    return 'ByValue';
  };
  const record = (place: CapturePlace, mode: CaptureMode, span: A.Span) => {
    if (!declared.has(place.binding)) uses.push({ place, mode, span });
  };
  const isUpvar = (p: CapturePlace | undefined): p is CapturePlace => !!p && !declared.has(p.binding);
  const copyOrMove = (ty: Ty | undefined, span: A.Span): CaptureMode => {
    const known = ty && (ty.k === 'param' ? cx.copyParams.has(ty) : ty.k !== 'error' && ty.k !== 'infer' && ty.k !== 'proj' && ty.k !== 'opaque');
    if (!ty || !known) return unknownUse('a value whose type does not say whether it is copied or moved', span);
    return cx.props.isCopy(ty, cx.copyParams) ? 'ByRef' : 'ByValue';
  };

  /** Walks a place expression's parts; the place it names, if it is a path of fields and derefs. */
  const place = (e: A.Expr, mut: boolean): Walked => {
    switch (e.kind) {
      case 'Paren': return place(e.expr, mut);
      case 'PathExpr': {
        const p = localPlace(cx, e);
        return p ? { isPlace: true, place: p } : NOT_PLACE;
      }
      case 'Field': {
        const base = place(e.expr, mut);
        if (!base.isPlace) {
          value(e.expr);
          return TEMP_PLACE;
        }
        if (!base.place) return TEMP_PLACE;
        const p = fieldPlace(cx, base.place, e);
        if (p) return { isPlace: true, place: p };
        // Through a `Deref` impl: `Deref::deref(&base)` (or `deref_mut`) borrows the base.
        record(autoderef(base.place), mut ? 'ByMutRef' : 'ByRef', e.span);
        return TEMP_PLACE;
      }
      case 'Index': {
        const base = place(e.expr, mut);
        if (!base.isPlace) value(e.expr);
        consume(e.index);
        if (!base.place) return TEMP_PLACE;
        const p = autoderef(base.place);
        const t = placeTy(p);
        // Builtin indexing captures the whole array or slice, with the use's own mode.
        if (t.k === 'array' || t.k === 'slice') return { isPlace: true, place: p };
        record(p, mut ? 'ByMutRef' : 'ByRef', e.span);
        return TEMP_PLACE;
      }
      case 'Unary': {
        if (e.op !== 'Deref') break;
        const base = place(e.expr, mut);
        if (!base.isPlace) {
          value(e.expr);
          return TEMP_PLACE;
        }
        if (!base.place) return TEMP_PLACE;
        const inner = builtinDeref(placeTy(base.place));
        if (inner) return { isPlace: true, place: { ...base.place, projections: [...base.place.projections, { kind: 'deref', ty: inner }] } };
        record(base.place, mut ? 'ByMutRef' : 'ByRef', e.span);
        return TEMP_PLACE;
      }
    }
    value(e);
    return NOT_PLACE;
  };
  const autoderef = (p: CapturePlace): CapturePlace => {
    let inner: Ty | undefined;
    while ((inner = builtinDeref(placeTy(p))) && placeTy(p).k !== 'ptr') p = { ...p, projections: [...p.projections, { kind: 'deref', ty: inner }] };
    return p;
  };
  const consume = (e: A.Expr): void => {
    const w = place(e, false);
    if (isUpvar(w.place)) record(w.place, copyOrMove(cx.results.typeOfExpr(e.id), e.span), e.span);
  };
  const borrow = (e: A.Expr, mut: boolean): void => {
    const w = place(e, mut);
    if (isUpvar(w.place)) record(w.place, mut ? 'ByMutRef' : 'ByRef', e.span);
  };
  /** A method's receiver: `&self`/`&mut self` borrow it, a reference receiver is reborrowed. */
  const receiver = (e: A.Expr, byRef: boolean, mut: boolean): void => {
    const t = knownTy(e);
    if (!t) return opaqueUse(e);
    if (t.k === 'adt' && t.def.name === 'Box') unsupported('a method call on a `Box` receiver', e.span);
    if (t.k === 'ref') {
      const w = place(e, t.mut);
      if (isUpvar(w.place)) record({ ...w.place, projections: [...w.place.projections, { kind: 'deref', ty: t.inner }] }, (byRef ? mut : t.mut) ? 'ByMutRef' : 'ByRef', e.span);
    } else if (byRef) borrow(e, mut);
    else consume(e);
  };
  const knownTy = (e: A.Expr): Ty | undefined => {
    const t = cx.results.typeOfExpr(e.id);
    return !t || t.k === 'error' || t.k === 'infer' ? undefined : t;
  };
  /** A use the checker could not type: fine unless it is a use of a captured place. */
  const opaqueUse = (e: A.Expr): void => {
    const w = place(e, false);
    if (isUpvar(w.place)) record(w.place, unknownUse('a use of a captured place whose type is not known', e.span), e.span);
  };

  const value = (e: A.Expr): void => {
    switch (e.kind) {
      case 'Lit': case 'Continue': return;
      case 'PathExpr': case 'Field': case 'Index': case 'Paren': return consume(e);
      case 'Unary': return e.op === 'Deref' ? consume(e) : consume(e.expr);
      case 'Binary': {
        const cmp = COMPARISONS.has(e.op);
        const lt = knownTy(e.lhs);
        const rt = knownTy(e.rhs);
        if (cmp && (!lt || !rt)) {
          opaqueUse(e.lhs);
          opaqueUse(e.rhs);
          return;
        }
        const scalar = (t: Ty | undefined) => !!t && ['int', 'float', 'bool', 'char'].includes(t.k);
        if (cmp && !(scalar(lt) && scalar(rt))) {
          borrow(e.lhs, false);
          borrow(e.rhs, false);
        } else {
          consume(e.lhs);
          consume(e.rhs);
        }
        return;
      }
      case 'Assign': case 'AssignOp': borrow(e.lhs, true); return consume(e.rhs);
      case 'Ref':
        if (e.raw) unsupported('a raw borrow in a closure', e.span);
        return borrow(e.expr, e.isMut);
      case 'Call': {
        callee(e.callee);
        e.args.forEach(consume);
        return;
      }
      case 'MethodCall': {
        const m = cx.results.methods.get(e.id);
        const sig = m?.sig;
        if (!m || !sig?.selfParam) {
          opaqueUse(e.receiver);
          e.args.forEach(consume);
          return;
        }
        const p0 = sig.params[0];
        receiver(e.receiver, p0?.k === 'ref', p0?.k === 'ref' && p0.mut);
        e.args.forEach(consume);
        return;
      }
      case 'Tuple': case 'Array': e.elems.forEach(consume); return;
      case 'Repeat': return consume(e.elem);
      case 'StructExpr':
        e.fields.forEach((f) => consume(f.expr));
        if (e.base) {
          const w = place(e.base, false);
          if (isUpvar(w.place)) unsupported('a struct update from a captured place', e.base.span);
        }
        return;
      case 'BlockExpr': return block(e.block);
      case 'If':
        value(e.cond);
        block(e.then);
        if (e.else) value(e.else);
        return;
      case 'LetExpr': return bind(e.pat, e.expr);
      case 'Match': {
        const w = place(e.scrutinee, false);
        for (const arm of e.arms) {
          if (w.place) pat(w.place, arm.pat, 'move');
          if (arm.guard) value(arm.guard);
          value(arm.body);
        }
        return;
      }
      case 'While': value(e.cond); return block(e.body);
      case 'Loop': return block(e.body);
      case 'For': consume(e.iter); return block(e.body);
      case 'Break': if (e.value) consume(e.value); return;
      case 'Return': if (e.value) consume(e.value); return;
      case 'Closure': return nested(e);
      case 'Range': if (e.start) consume(e.start); if (e.end) consume(e.end); return;
      case 'Cast': case 'Try': return consume(e.expr);
      case 'MacCallExpr': return macro(e.mac, e.span);
      default: return unsupported(`\`${(e as { kind: string }).kind}\` in a closure`, (e as A.Expr).span);
    }
  };
  const callee = (e: A.Expr): void => {
    if (e.kind === 'PathExpr' && !localPlace(cx, e)) return;
    const t = knownTy(e);
    if (!t) return opaqueUse(e);
    if (t.k === 'fnDef' || t.k === 'fnPtr') return consume(e);
    if (t.k === 'closure') {
      const kind = cx.results.closureKinds.get(t.def);
      if (kind) return kind === 'FnOnce' ? consume(e) : borrow(e, kind === 'FnMut');
    }
    const w = place(e, false);
    if (isUpvar(w.place)) record(w.place, unknownUse('a call of a captured generic or boxed callable', e.span), e.span);
  };
  /** A nested closure's captures are uses of the enclosing closure's places (rustc's walk_captures). */
  const nested = (e: A.ClosureExpr): void => {
    const inner = cx.results.closureCaptures.get(e.id);
    if (!inner || inner.kind === 'unsupported') return unsupported('a closure inside a closure whose captures are not known', e.span);
    for (const c of inner.captures) {
      const mode = c.mode === 'ByValue' ? copyOrMove(placeTy(c.place), c.span) : c.mode;
      record(c.place, mode, c.span);
    }
  };
  const block = (b: A.Block): void => {
    for (const s of b.stmts) {
      if (s.kind === 'Let') {
        if (s.init) bind(s.pat, s.init);
        if (s.else) block(s.else);
      } else if (s.kind === 'ExprStmt') value(s.expr);
      else if (s.kind === 'Unsupported') unsupported('a statement the front end does not model', s.span);
    }
  };
  const bind = (p: A.Pat, init: A.Expr): void => {
    const w = place(init, false);
    if (w.place) pat(w.place, p, 'move');
  };
  /** A pattern matched against a place: each binding copies, moves or borrows its part. */
  const pat = (at: CapturePlace, p: A.Pat, mode: 'move' | 'ref' | 'refMut'): void => {
    if (declared.has(at.binding)) return;
    const deref = (): void => {
      let t = placeTy(at);
      while (t.k === 'ref' && p.kind !== 'IdentPat' && p.kind !== 'WildPat' && p.kind !== 'RefPat') {
        if (mode !== 'ref') mode = t.mut ? 'refMut' : 'ref';
        at = { ...at, projections: [...at.projections, { kind: 'deref', ty: t.inner }] };
        t = t.inner;
      }
    };
    switch (p.kind) {
      case 'WildPat': return;
      case 'IdentPat': {
        if (p.sub || cx.p.identPatRes(p)) return unsupported('a pattern that tests a captured place', p.span);
        const bound = p.mode === 'ref' ? 'ByRef' : p.mode === 'refMut' ? 'ByMutRef' : mode === 'ref' ? 'ByRef' : mode === 'refMut' ? 'ByMutRef' : copyOrMove(placeTy(at), p.span);
        return record(at, bound, p.span);
      }
      case 'RefPat': {
        const inner = builtinDeref(placeTy(at));
        if (!inner) return unsupported('a reference pattern on a captured place', p.span);
        return pat({ ...at, projections: [...at.projections, { kind: 'deref', ty: inner }] }, p.pat, 'move');
      }
      case 'TuplePat': {
        deref();
        const t = placeTy(at);
        if (t.k !== 'tuple') return unsupported('a tuple pattern on a captured place', p.span);
        const rest = p.elems.findIndex((x) => x.kind === 'RestPat');
        p.elems.forEach((x, i) => {
          if (x.kind === 'RestPat') return;
          const index = rest >= 0 && i > rest ? t.elems.length - (p.elems.length - i) : i;
          pat({ ...at, projections: [...at.projections, { kind: 'field', index, name: String(index), ty: t.elems[index]! }] }, x, mode);
        });
        return;
      }
      case 'StructPat': case 'TupleStructPat': {
        deref();
        const t = placeTy(at);
        const fields = p.kind === 'StructPat' ? p.fields.map((f) => [f.name.name, f.pat] as const) : p.elems.map((x, i) => [String(i), x] as const);
        if (p.kind === 'TupleStructPat' && p.elems.some((x) => x.kind === 'RestPat')) return unsupported('a rest pattern on a captured place', p.span);
        for (const [name, sub] of fields) {
          const f = fieldOf(t, name);
          const fieldTy = f?.ty ?? matchedTy(sub, mode);
          if (!f || !fieldTy) return unsupported('a pattern that tests a captured place', p.span);
          pat({ ...at, projections: [...at.projections, { kind: 'field', index: f.index, name, ty: fieldTy }] }, sub, mode);
        }
        return;
      }
      default: return unsupported('a pattern that tests a captured place', p.span);
    }
  };
  /** The type a sub-pattern matches: a binding's own type, less the `&` its binding mode adds. */
  const matchedTy = (sub: A.Pat, mode: 'move' | 'ref' | 'refMut'): Ty | undefined => {
    const t = cx.results.typeOfBinding(sub.id);
    if (!t || sub.kind !== 'IdentPat') return t;
    return sub.mode !== 'value' || mode !== 'move' ? (t.k === 'ref' ? t.inner : undefined) : t;
  };
  const macro = (m: A.MacCall, span: A.Span): void => {
    const a = m.args;
    const formatArgs = (f: A.FormatArgs | undefined) => {
      f?.args.forEach((x) => borrow(x.expr, false));
      f?.captures.forEach((x) => borrow(x, false));
    };
    switch (a.kind) {
      case 'Format': {
        if (a.dest) receiver(a.dest, true, true);
        return formatArgs(a.format);
      }
      case 'Exprs': {
        if (m.name === 'assert_eq' || m.name === 'assert_ne' || m.name === 'debug_assert_eq' || m.name === 'debug_assert_ne') a.exprs.forEach((x) => borrow(x, false));
        else if (m.name === 'assert' || m.name === 'debug_assert' || m.name === 'vec' || m.name === 'dbg') a.exprs.forEach(consume);
        else return unsupported(`the macro \`${m.name}!\` in a closure`, span);
        return formatArgs(a.format);
      }
      case 'Repeat': consume(a.elem); return consume(a.count);
      case 'Cfg': return;
      default: return unsupported(`the macro \`${m.name}!\` in a closure`, span);
    }
  };

  try {
    value(closure.body);
  } catch (err) {
    if (err instanceof Unsupported) return { kind: 'unsupported', what: err.what, span: err.span };
    throw err;
  }
  return { uses, kindKnown };
}

/** Every binding a closure declares (its parameters and the locals of its body). */
function collectBindings(n: unknown, out: Set<A.NodeId>): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (const x of n) collectBindings(x, out);
    return;
  }
  const node = n as { kind?: string; id?: A.NodeId };
  if (node.kind === 'IdentPat' && node.id !== undefined) out.add(node.id);
  // `for…in`, not `Object.entries`: no array per node (the nodes are plain objects).
  for (const k in n) {
    const v = (n as Record<string, unknown>)[k];
    if (k !== 'span' && v && typeof v === 'object') collectBindings(v, out);
  }
}
