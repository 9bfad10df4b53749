// E0277 for a closure handed to a std fn that requires it to be `Send` (`thread::spawn`) while it
// captures an `Rc`: `Rc` is neither `Send` nor `Sync`, so the closure is not `Send` whether it
// captures the `Rc` by value or by reference. Only a local whose own type is `Rc<…>` is judged:
// the closure then captures that whole variable (an `Rc` has no field a closure could capture
// alone), while a tuple or struct holding one may be captured field by field (edition 2021).
import type * as A from '../../syntax/ast';
import type { FnDef } from '../defs';
import { boundsOf } from '../lower';
import { typeName } from '../print';
import { someTy, type Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import { declaredSig } from './sig';
import { fnScope } from '../traits';

export interface SendCheck {
  readonly closure: A.ClosureExpr;
}

/** Records the closure arguments of `def` whose parameter's type is bounded by std's `Send`. */
export function requireSendClosures(cx: FnCtxt, def: FnDef, args: readonly A.Expr[]): void {
  if (!def.std) return;
  const params = declaredSig(cx, def).params;
  const scope = fnScope(cx, def);
  args.forEach((arg, i) => {
    const p = params[i];
    if (arg.kind !== 'Closure' || p?.k !== 'param') return;
    if (boundsOf(cx.p, p, scope).some((b) => b.def.std && b.def.name === 'Send')) cx.sendChecks.push({ closure: arg });
  });
}

/** Judged once the body's types are final, so the message names them as rustc does. */
export function reportUnsendable(cx: FnCtxt): void {
  for (const { closure } of cx.sendChecks) {
    const inside = new Set<A.NodeId>();
    bindings(closure, inside);
    for (const binding of capturedLocals(cx, closure.body)) {
      if (inside.has(binding)) continue;
      const t = cx.resolved(cx.locals.get(binding) ?? cx.unknown());
      if (t.k !== 'adt' || !t.def.std || t.def.name !== 'Rc' || !cx.certain(t)) continue;
      cx.error('E0277', `\`${diagnosticName(cx, t)}\` cannot be sent between threads safely`, closure.span);
      break;
    }
  }
}

/**
 * std items whose last segment is not unique in rustc 1.95's std (`std::sync::nonpoison` has its
 * own), so rustc's diagnostics print them with their path.
 */
const UNTRIMMED = new Map([['Mutex', 'std::sync::Mutex'], ['RwLock', 'std::sync::RwLock'], ['Condvar', 'std::sync::Condvar']]);

/** The type as rustc's diagnostics name it. */
function diagnosticName(cx: FnCtxt, t: Ty): string {
  let name = typeName(t, { infer: cx.infer });
  for (const [short, full] of UNTRIMMED) {
    const std = someTy(t, (x) => x.k === 'adt' && !!x.def.std && x.def.name === short);
    const user = someTy(t, (x) => x.k === 'adt' && !x.def.std && x.def.name === short);
    if (std && !user) name = name.replace(new RegExp(`(^|[<(,& ])${short}(?=[<>,) ]|$)`, 'g'), `$1${full}`);
  }
  return name;
}

/** Every pattern binding declared in `n` (the closure's parameters and its body's `let`s). */
function bindings(n: unknown, out: Set<A.NodeId>): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (const x of n) bindings(x, out);
    return;
  }
  const node = n as { kind?: string; id?: A.NodeId };
  if (node.kind === 'IdentPat' && node.id !== undefined) out.add(node.id);
  for (const [k, v] of Object.entries(n)) if (k !== 'span' && v && typeof v === 'object') bindings(v, out);
}

/**
 * The locals the body names in a way that captures them. `let _ = x;` and a bare `match x` read
 * nothing by themselves (edition 2021 captures only what is read), so those mentions are skipped.
 */
function capturedLocals(cx: FnCtxt, body: A.Expr): A.NodeId[] {
  const out: A.NodeId[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) walk(x);
      return;
    }
    const node = n as { kind?: string };
    if (node.kind === 'ItemStmt') return;
    if (node.kind === 'Let') {
      const s = n as A.LetStmt;
      if (s.pat.kind === 'WildPat' && s.init?.kind === 'PathExpr') return walk(s.else);
    }
    if (node.kind === 'Match' && (n as A.MatchExpr).scrutinee.kind === 'PathExpr') return walk((n as A.MatchExpr).arms);
    if (node.kind === 'PathExpr') {
      const path = (n as A.PathExpr).path;
      if (path.segments.length !== 1 || path.qself || path.global) return;
      const r = cx.p.namesFor(cx.scope.std).resolve(path);
      if (r.unresolved === 0 && r.res.kind === 'Local') out.push(r.res.binding);
      return;
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'span' && v && typeof v === 'object') walk(v);
  };
  walk(body);
  return out;
}
