// Blocks, statements and control flow. Scopes drop their locals in reverse declaration order when
// they end for any reason but an abort; temporaries drop at the end of their statement (or of the
// temporary scope rustc gives `if`/`while` conditions, loop bodies, match arms and guards).
import { BreakSignal, ContinueSignal, RustPanic } from '../errors';
import type { Block, Expr, Pat, Span, Stmt } from '../ir';
import type { Ty } from '../types';
import { END, Ref, UNIT, type Root, type Value } from '../values';
import { coerce } from './coerce';
import { collectSlots, unwindTemps, type CE, type CS, type Binder, type Compiler } from './compile';
import { needsDrop } from './drop';
import type { FrameObj } from './frame';
import type { Interp } from './interp';
import { compileBind, compileTest } from './pattern';
import { intoIter, iterNext, dropIter } from '../std/iter';

function reasonOf(err: unknown): 'unwind' | 'scope-end' | null {
  if (err instanceof RustPanic) return 'unwind';
  if (err instanceof Error) return null;
  return 'scope-end';
}

function unwindLocals(I: Interp, f: FrameObj, locals: number[], err: unknown, detail: string, end?: Span): void {
  if (err instanceof RustPanic) I.reportPanic(err);
  const r = reasonOf(err);
  // A `break`/`return` out of the scope drops at the jump; unwinding, at the scope's end.
  if (r) I.dropLocals(f, locals, r, r === 'unwind' ? 'panic unwinding' : detail, r === 'unwind' && end ? end : I.lastSpan);
}

function isBlockLike(e: Expr): boolean {
  return e.k === 'if' || e.k === 'match' || e.k === 'block' || e.k === 'loop' || e.k === 'while' || e.k === 'for';
}

function endSpan(sp: Span): Span {
  return { l: sp.el, c: Math.max(0, sp.ec - 1), el: sp.el, ec: sp.ec };
}

export function compileBlock(C: Compiler, b: Block, expect: Ty | null, detail: string, label: number | null = null): CE {
  const I = C.I;
  const stmts = b.stmts.map((s) => compileStmt(C, s));
  const n = stmts.length;
  const tail = b.tail ? C.value(b.tail, expect) : null;
  const tailStep = b.tail && !isBlockLike(b.tail) ? b.tail.sp : null;
  const locals = b.locals;
  const end = endSpan(b.sp);
  const why = `${detail}, reverse declaration order`;
  if (locals.length === 0 && label === null) {
    return (f) => {
      for (let i = 0; i < n; i++) stmts[i]!(f);
      if (!tail) return UNIT;
      if (tailStep) I.step(tailStep);
      return tail(f);
    };
  }
  return (f) => {
    let v: Value = UNIT;
    try {
      for (let i = 0; i < n; i++) stmts[i]!(f);
      if (tail) {
        if (tailStep) I.step(tailStep);
        v = tail(f);
      }
    } catch (err) {
      if (locals.length) unwindLocals(I, f, locals, err, why, end);
      if (label !== null && err instanceof BreakSignal && err.id === label) return err.value;
      throw err;
    }
    if (locals.length) {
      I.step(end);
      I.dropLocals(f, locals, 'scope-end', why);
    }
    return v;
  };
}

function compileStmt(C: Compiler, s: Stmt): CS {
  const I = C.I;
  const sp = s.sp;
  if (s.k === 'expr') {
    const e = C.value(s.e);
    return (f) => {
      I.step(sp);
      const mark = f.temps.length;
      let v: Value;
      try {
        v = e(f);
      } catch (err) {
        if (f.temps.length > mark) unwindTemps(I, f, mark, err);
        throw err;
      }
      if (v !== UNIT && typeof v === 'object' && needsDrop(v)) I.drop(v, 'temporary', 'temporary', 'end of statement');
      if (f.temps.length > mark) I.dropTemps(f, mark, 'temporary');
    };
  }
  return compileLet(C, s);
}

function isPlaceExpr(e: Expr): boolean {
  switch (e.k) {
    case 'local': case 'capture': case 'deref': case 'index': return true;
    case 'field': return isPlaceExpr(e.obj);
    default: return false;
  }
}

function compileLet(C: Compiler, s: Extract<Stmt, { k: 'let' }>): CS {
  const I = C.I;
  const sp = s.sp;
  const pat = s.pat;
  const first = pat.k === 'bind' ? pat.name : 'the pattern';
  if (!s.init) {
    // `let x;`: declared, assigned later.
    return (f) => I.step(sp);
  }
  const init = s.init;
  // `let _ = place;` neither moves nor drops; `let _ = value;` drops the value at once.
  if (pat.k === 'wild') {
    if (isPlaceExpr(init)) {
      const p = C.place(init);
      return (f) => {
        I.step(sp);
        p(f);
      };
    }
    const v = C.value(init, s.ty);
    return wrapTemps(I, sp, (f) => {
      const x = v(f);
      if (typeof x === 'object' && needsDrop(x)) I.drop(x, 'unbound', '_', '`let _ =` does not bind');
    });
  }
  let body: CS;
  if (s.else) {
    const test = compileTest(C, pat);
    const bind = compileBind(C, pat);
    const place = C.place(init);
    const elseB = compileBlock(C, s.else, null, 'end of `else`');
    body = (f) => {
      const p = place(f);
      if (!test(p.arr[p.idx])) {
        elseB(f);
        return I.unsupported('`let ... else` block that does not diverge', sp);
      }
      if (bind) bind(f, p.arr, p.idx, p.root, p.rootSlot, 0, true);
    };
  } else if (s.refSlot !== null) {
    const slot = s.refSlot;
    const v = C.value(init, s.ty);
    const bind = compileBind(C, pat);
    body = (f) => {
      f.slots[slot] = v(f);
      if (bind) bind(f, f.slots, slot, f, slot, 0, true);
    };
  } else if (pat.k !== 'bind' && isPlaceExpr(init)) {
    // Destructuring a place moves only the bound parts (a partial move).
    const place = C.place(init);
    const bind = compileBind(C, pat);
    body = (f) => {
      const p = place(f);
      if (bind) bind(f, p.arr, p.idx, p.root, p.rootSlot, 0, true);
    };
  } else {
    const v = C.value(init, s.ty, `\`${first}\``);
    const binder = compileLetBinder(C, pat, s.ty);
    body = (f) => binder(f, v(f));
  }
  return wrapTemps(I, sp, body);
}

function wrapTemps(I: Interp, sp: Span, body: CS): CS {
  return (f) => {
    I.step(sp);
    const mark = f.temps.length;
    try {
      body(f);
    } catch (err) {
      if (f.temps.length > mark) unwindTemps(I, f, mark, err);
      throw err;
    }
    if (f.temps.length > mark) I.dropTemps(f, mark, 'temporary');
  };
}

/** Binds an irrefutable pattern to a value (a `let` initializer or an argument), coercing literals to `ty`. */
export function compileLetBinder(C: Compiler, pat: Pat, ty: Ty | null): Binder {
  const I = C.I;
  if (pat.k === 'bind' && !pat.byRef && !pat.sub) {
    const slot = pat.slot;
    if (ty) {
      return (f, v) => {
        f.slots[slot] = coerce(v, ty);
        if (I.rec) I.rec.bind(f, slot);
      };
    }
    return (f, v) => {
      f.slots[slot] = v;
      if (I.rec) I.rec.bind(f, slot);
    };
  }
  if (pat.k === 'wild') {
    return (f, v) => {
      if (typeof v === 'object' && needsDrop(v)) f.temps.push([v]);
    };
  }
  const bind = compileBind(C, pat);
  return (f, v) => {
    const holder: Value[] = [ty ? coerce(v, ty) : v];
    if (bind) bind(f, holder, 0, null, -1, 0, true);
    // Parts the pattern did not bind stay in the temporary and drop with the statement's temporaries.
    if (holder[0] !== undefined && needsDrop(holder[0])) f.temps.push(holder);
  };
}

export function compileIf(C: Compiler, e: Extract<Expr, { k: 'if' }>, expect: Ty | null): CE {
  const I = C.I;
  const then = C.scoped(compileBlock(C, e.then, expect, 'end of `if` block'));
  const els = e.else ? C.scoped(C.value(e.else, expect)) : null;
  if (e.cond.k === 'expr') {
    const cond = C.scoped(C.value(e.cond.e));
    return (f) => (cond(f) ? then(f) : els ? els(f) : UNIT);
  }
  const place = C.place(e.cond.value);
  const test = compileTest(C, e.cond.pat);
  const bind = compileBind(C, e.cond.pat);
  const binds = e.cond.binds;
  return (f) => {
    const p = place(f);
    if (test(p.arr[p.idx])) {
      if (bind) bind(f, p.arr, p.idx, p.root, p.rootSlot, 0, true);
      let v: Value;
      try {
        v = then(f);
      } catch (err) {
        unwindLocals(I, f, binds, err, 'end of `if let`');
        throw err;
      }
      I.dropLocals(f, binds, 'scope-end', 'end of `if let`');
      return v;
    }
    return els ? els(f) : UNIT;
  };
}

export function compileMatch(C: Compiler, e: Extract<Expr, { k: 'match' }>, expect: Ty | null): CE {
  const I = C.I;
  // A local scrutinee (`match shape`) is matched in its slot, without a `Ref` to it.
  const local = e.scrut.k === 'local' ? e.scrut.slot : -1;
  const place = local >= 0 ? null : C.place(e.scrut);
  const arms = e.arms.map((a) => ({
    test: compileTest(C, a.pat),
    bind: compileBind(C, a.pat),
    guard: a.guard ? C.scoped(C.value(a.guard)) : null,
    body: C.scoped(C.value(a.body, expect)),
    binds: a.binds,
    sp: a.sp,
  }));
  const sp = e.sp;
  return (f) => {
    let arr: Value[];
    let idx: number;
    let root: Root;
    let rs: number;
    if (place === null) {
      arr = f.slots; idx = local; root = f; rs = local;
    } else {
      const p = place(f);
      arr = p.arr; idx = p.idx; root = p.root; rs = p.rootSlot;
    }
    for (const arm of arms) {
      if (!arm.test(arr[idx])) continue;
      if (arm.guard) {
        // The guard sees the bindings without anything being moved yet.
        if (arm.bind) arm.bind(f, arr, idx, root, rs, 0, false);
        let ok: boolean;
        try {
          ok = arm.guard(f) as boolean;
        } finally {
          for (const s of arm.binds) f.slots[s] = undefined;
        }
        if (!ok) continue;
      }
      if (arm.bind) arm.bind(f, arr, idx, root, rs, 0, true);
      let v: Value;
      try {
        v = arm.body(f);
      } catch (err) {
        unwindLocals(I, f, arm.binds, err, 'end of match arm');
        throw err;
      }
      if (arm.binds.length) I.dropLocals(f, arm.binds, 'scope-end', 'end of match arm');
      return v;
    }
    return I.unsupported('no match arm matched', sp);
  };
}

export function compileLoop(C: Compiler, e: Extract<Expr, { k: 'loop' }>, expect: Ty | null): CE {
  const I = C.I;
  const body = C.scoped(compileBlock(C, e.body, null, 'end of loop body'));
  const id = e.id;
  const sp = e.sp;
  void expect;
  return (f) => {
    for (;;) {
      // An iteration that records no step (`loop {}`, `loop { continue; }`) still counts.
      const before = I.steps;
      try {
        body(f);
      } catch (err) {
        if (err instanceof BreakSignal && err.id === id) return err.value;
        if (!(err instanceof ContinueSignal && err.id === id)) throw err;
      }
      if (I.steps === before) I.tick(sp);
    }
  };
}

export function compileWhile(C: Compiler, e: Extract<Expr, { k: 'while' }>): CE {
  const I = C.I;
  const body = compileBlock(C, e.body, null, 'end of loop body');
  const id = e.id;
  const condSp = e.sp;
  if (e.cond.k === 'expr') {
    const cond = C.scoped(C.value(e.cond.e));
    const sbody = C.scoped(body);
    let first = true;
    void first;
    return (f) => {
      for (;;) {
        if (!cond(f)) return UNIT;
        try {
          sbody(f);
        } catch (err) {
          if (err instanceof BreakSignal && err.id === id) return err.value;
          if (err instanceof ContinueSignal && err.id === id) {
            I.step(condSp);
            continue;
          }
          throw err;
        }
        I.step(condSp);
      }
    };
  }
  const place = C.place(e.cond.value);
  const test = compileTest(C, e.cond.pat);
  const bind = compileBind(C, e.cond.pat);
  const binds = e.cond.binds;
  return (f) => {
    for (;;) {
      const mark = f.temps.length;
      try {
        const p = place(f);
        if (!test(p.arr[p.idx])) {
          if (f.temps.length > mark) I.dropTemps(f, mark, 'temporary');
          return UNIT;
        }
        if (bind) bind(f, p.arr, p.idx, p.root, p.rootSlot, 0, true);
        try {
          body(f);
        } catch (err) {
          unwindLocals(I, f, binds, err, 'end of `while let` iteration');
          throw err;
        }
        I.dropLocals(f, binds, 'scope-end', 'end of `while let` iteration');
      } catch (err) {
        if (f.temps.length > mark) unwindTemps(I, f, mark, err);
        if (err instanceof BreakSignal && err.id === id) return err.value;
        if (err instanceof ContinueSignal && err.id === id) {
          I.step(condSp);
          continue;
        }
        throw err;
      }
      if (f.temps.length > mark) I.dropTemps(f, mark, 'temporary');
      I.step(condSp);
    }
  };
}

export function compileFor(C: Compiler, e: Extract<Expr, { k: 'for' }>): CE {
  const I = C.I;
  const iterE = C.value(e.iter, null, '`for` loop');
  // The body is a temporary scope of its own (`Compiler.scoped`, written out here).
  const body = compileBlock(C, e.body, null, 'end of loop body');
  const id = e.id;
  const patSp = e.patSp;
  const binds = e.binds;
  const simple = e.pat.k === 'bind' && !e.pat.byRef && !e.pat.sub ? e.pat.slot : -1;
  const binder = simple >= 0 ? null : compileLetBinder(C, e.pat, null);
  const patSlots: number[] = [];
  collectSlots(e.pat, patSlots);
  const iterSp = e.iter.sp;
  return (f) => {
    const it = intoIter(I, iterE(f), iterSp);
    let result: Value = UNIT;
    try {
      loop: for (;;) {
        I.step(patSp);
        const item = iterNext(I, it);
        if (item === END) break;
        if (simple >= 0) {
          f.slots[simple] = item;
          if (I.rec) I.rec.bind(f, simple);
        } else binder!(f, item);
        const mark = f.temps.length;
        try {
          body(f);
        } catch (err) {
          if (f.temps.length > mark) unwindTemps(I, f, mark, err);
          if (binds.length) unwindLocals(I, f, binds, err, 'end of loop iteration');
          if (err instanceof BreakSignal && err.id === id) {
            result = err.value;
            break loop;
          }
          if (err instanceof ContinueSignal && err.id === id) continue;
          throw err;
        }
        if (f.temps.length > mark) I.dropTemps(f, mark, 'temporary');
        if (binds.length) I.dropLocals(f, binds, 'scope-end', 'end of loop iteration');
      }
    } catch (err) {
      if (err instanceof RustPanic) I.reportPanic(err);
      if (!(err instanceof Error)) dropIter(I, it, err instanceof RustPanic ? 'unwind' : 'temporary');
      throw err;
    }
    dropIter(I, it, 'temporary');
    return result;
  };
}

export { Ref };
