// rustc types an unsuffixed integer literal from its uses and falls back to i32 when nothing
// constrains it. The simulator does not infer types, but for one common case it can prove the
// fallback: a `let x = <literal arithmetic>` whose variable is only ever combined with literals and
// other such variables, compared, formatted, cast with `as` or assigned such values. Those
// variables are i32 for sure, so their literals get that type and overflow panics exactly as the
// real program does (`let mut n = 1; loop { n *= 2; }`), instead of being reported as ambiguous.
import type { Block, Expr, Stmt } from '../ir';
import { I32, Int } from '../values';

const ARITH = new Set(['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>']);
const CMP = new Set(['==', '!=', '<', '>', '<=', '>=']);

interface Candidate {
  stmt: Extract<Stmt, { k: 'let' }>;
  slot: number;
}

function isFlexLit(e: Expr): boolean {
  return e.k === 'lit' && e.v instanceof Int && e.v.ty.flex;
}

type Pure = (e: Expr) => boolean;

/**
 * Whether an expression is built only of unsuffixed literals, candidate variables and arithmetic.
 * Memoised: the walk below asks it at every level of a `0+1+1+…` chain, which would be quadratic.
 */
function purity(cands: Set<number>): Pure {
  const memo = new Map<Expr, boolean>();
  const pure: Pure = (e) => {
    let known = memo.get(e);
    if (known === undefined) {
      known = compute(e);
      memo.set(e, known);
    }
    return known;
  };
  const compute = (e: Expr): boolean => {
    switch (e.k) {
      case 'lit': return isFlexLit(e);
      case 'local': return cands.has(e.slot);
      case 'neg': return pure(e.e);
      case 'bin': return ARITH.has(e.op) && pure(e.l) && pure(e.r);
      default: return false;
    }
  };
  return pure;
}

export function fixDefaultIntegers(body: Block): void {
  const lets: Candidate[] = [];
  collectLets(body, lets);
  const all = purity(new Set(lets.map((x) => x.slot)));
  let cands = new Set(lets.filter((c) => c.stmt.init && !c.stmt.ty && all(c.stmt.init)).map((c) => c.slot));
  for (let round = 0; round < 8 && cands.size > 0; round++) {
    const bad = new Set<number>();
    const pure = purity(cands);
    walkBlock(body, { cands, bad, pure });
    for (const c of lets) if (c.stmt.init && !pure(c.stmt.init)) bad.add(c.slot);
    if (bad.size === 0) break;
    cands = new Set([...cands].filter((s) => !bad.has(s)));
  }
  for (const c of lets) {
    if (cands.has(c.slot) && c.stmt.init) retype(c.stmt.init);
  }
}

function retype(e: Expr): void {
  if (e.k === 'lit' && e.v instanceof Int && e.v.ty.flex) (e as { v: Int }).v = new Int(I32, e.v.v);
  else if (e.k === 'neg') retype(e.e);
  else if (e.k === 'bin') {
    retype(e.l);
    retype(e.r);
  }
}

function collectLets(b: Block, out: Candidate[]): void {
  for (const s of b.stmts) {
    if (s.k === 'let') {
      if (s.pat.k === 'bind' && !s.pat.byRef && !s.pat.sub) out.push({ stmt: s, slot: s.pat.slot });
      if (s.init) collectLetsExpr(s.init, out);
      if (s.else) collectLets(s.else, out);
    } else collectLetsExpr(s.e, out);
  }
  if (b.tail) collectLetsExpr(b.tail, out);
}

function collectLetsExpr(e: Expr, out: Candidate[]): void {
  forEachChild(e, (c) => collectLetsExpr(c, out), (b) => collectLets(b, out));
}

const OK = true;
const OTHER = false;

interface Walk {
  cands: Set<number>;
  bad: Set<number>;
  pure: Pure;
}

function walkBlock(b: Block, w: Walk): void {
  const { cands, pure } = w;
  for (const s of b.stmts) {
    if (s.k === 'let') {
      const isCand = s.pat.k === 'bind' && cands.has(s.pat.slot);
      if (s.init) walk(s.init, isCand && pure(s.init) ? OK : OTHER, w);
      if (s.else) walkBlock(s.else, w);
    } else walk(s.e, OTHER, w);
  }
  if (b.tail) walk(b.tail, OTHER, w);
}

function walk(e: Expr, ctx: boolean, w: Walk): void {
  const { cands, bad, pure } = w;
  switch (e.k) {
    case 'local':
      if (ctx !== OK && cands.has(e.slot)) bad.add(e.slot);
      return;
    case 'bin': {
      const both = pure(e.l) && pure(e.r);
      const inner = (CMP.has(e.op) && both) || (ARITH.has(e.op) && ctx === OK && both) ? OK : OTHER;
      walk(e.l, inner, w);
      walk(e.r, inner, w);
      return;
    }
    case 'neg':
      walk(e.e, ctx, w);
      return;
    case 'cast':
      walk(e.e, OK, w);
      return;
    case 'fmt':
      if (e.target) walk(e.target, OTHER, w);
      for (const a of e.fmt?.args ?? []) walk(a, pure(a) ? OK : OTHER, w);
      return;
    case 'assign': {
      const target = e.place.k === 'local' && cands.has(e.place.slot);
      if (!target) walk(e.place, OTHER, w);
      else if (!pure(e.value) && e.place.k === 'local') bad.add(e.place.slot);
      walk(e.value, target && pure(e.value) ? OK : OTHER, w);
      return;
    }
    case 'closure':
      // A captured candidate could be constrained inside the closure: give up on it.
      for (const c of e.fn.caps) if (c.from.k === 'local') bad.add(c.from.slot);
      return;
    default:
      forEachChild(e, (c) => walk(c, OTHER, w), (b) => walkBlock(b, w));
  }
}

/** Calls `f` on each direct sub-expression and `fb` on each sub-block (closure bodies are not entered). */
function forEachChild(e: Expr, f: (e: Expr) => void, fb: (b: Block) => void): void {
  switch (e.k) {
    case 'lit': case 'local': case 'capture': case 'path': case 'continue': case 'closure': return;
    case 'call': f(e.fn); e.args.forEach(f); return;
    case 'mcall': f(e.recv); e.args.forEach(f); return;
    case 'field': f(e.obj); return;
    case 'index': f(e.obj); f(e.idx); return;
    case 'bin': case 'and': case 'or': f(e.l); f(e.r); return;
    case 'neg': case 'not': case 'deref': case 'ref': case 'cast': case 'try': case 'typed': f(e.e); return;
    case 'assign': f(e.place); f(e.value); return;
    case 'block': fb(e.b); return;
    case 'if':
      if (e.cond.k === 'expr') f(e.cond.e);
      else f(e.cond.value);
      fb(e.then);
      if (e.else) f(e.else);
      return;
    case 'match': f(e.scrut); for (const a of e.arms) { if (a.guard) f(a.guard); f(a.body); } return;
    case 'loop': fb(e.body); return;
    case 'while': if (e.cond.k === 'expr') f(e.cond.e); else f(e.cond.value); fb(e.body); return;
    case 'for': f(e.iter); fb(e.body); return;
    case 'break': if (e.value) f(e.value); return;
    case 'return': if (e.value) f(e.value); return;
    case 'struct': e.fields.forEach((x) => f(x.value)); if (e.base) f(e.base); return;
    case 'tuple': case 'array': case 'vec': e.items.forEach(f); return;
    case 'repeat': case 'vecRepeat': f(e.value); f(e.len); return;
    case 'range': if (e.from) f(e.from); if (e.to) f(e.to); return;
    case 'fmt': if (e.target) f(e.target); (e.fmt?.args ?? []).forEach(f); return;
    case 'assert': e.args.forEach(f); (e.fmt?.args ?? []).forEach(f); return;
    case 'matches': f(e.e); if (e.guard) f(e.guard); return;
  }
}
