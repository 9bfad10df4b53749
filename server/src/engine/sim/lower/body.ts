// Function and closure bodies → IR: expressions, statements and blocks, with every local name
// resolved to a frame slot (or a closure capture) while the scopes are known.
import type { FrontEnd } from '../../frontEnd';
import type * as A from '../../syntax/ast';
import { Unsupported } from '../errors';
import type { Block, ClosureIR, Cond, Expr, Span, Stmt } from '../ir';
import type { Program } from '../items';
import type { Ty } from '../types';
import { UNIT } from '../values';
import { literalValue } from './literals';
import { lowerMacro } from './macros';
import { bindsByRef, lowerPattern, patternBinds } from './pattern';
import { frameAt } from './frames';
import { FnScope } from './scope';
import { spanOf, type SourceText } from './span';
import { lowerType, type TypeScope } from './types';
import { pathHint } from './frontEndNames';
import { closureCaptures } from './captures';

/** What every body of one program is lowered from: the front end's Ast and resolution, and its text. */
export interface LowerSource {
  readonly fe: FrontEnd;
  readonly src: SourceText;
  /** The file name as rustc was given it (`file!()`, which `dbg!` prints). */
  readonly file: string;
}

export class BodyLowerer {
  fn: FnScope;
  private loops: { label: string | null; id: number; isBlock: boolean }[] = [];
  private static nextLoop = 1;
  closureCount = 0;
  readonly src: SourceText;

  constructor(
    readonly prog: Program,
    readonly tscope: TypeScope,
    readonly fnName: string,
    fn: FnScope,
    readonly from: LowerSource,
  ) {
    this.fn = fn;
    this.src = from.src;
  }

  unsupported(what: string, s: A.Span): never {
    throw new Unsupported(what, spanOf(s));
  }

  type(t: A.Type): Ty {
    return lowerType(t, this.tscope, this.src);
  }

  /** A path's segments as the simulator names them (generic arguments dropped). */
  pathSegs(p: A.Path): string[] {
    if (p.qself) return this.src.of(p.span).split('::').map((s) => s.replace(/<.*$/, '').trim());
    return this.src.adtKeys?.segsOf(p) ?? p.segments.map((s) => s.ident.name);
  }

  /** Turbofish arguments (`::<T, U>`); lifetimes carry nothing the simulator uses. */
  typeArgs(args: A.GenericArgs | undefined): Ty[] {
    if (!args) return [];
    if (args.kind !== 'AngleArgs') return this.unsupported(`type syntax \`${this.src.of(args.span)}\``, args.span);
    const out: Ty[] = [];
    for (const a of args.args) {
      if (a.kind === 'TypeArg') out.push(this.type(a.ty));
      else if (a.kind === 'ConstArg') this.unsupported(`type syntax \`${this.src.of(a.expr.span)}\``, a.expr.span);
    }
    const c = args.constraints[0];
    if (c) this.unsupported(`type syntax \`${this.src.of(c.span)}\``, c.span);
    return out;
  }

  // ---------------------------------------------------------------- blocks and statements

  block(b: A.Block): Block {
    this.fn.pushBlock();
    const stmts: Stmt[] = [];
    let tail: Expr | null = null;
    const n = b.stmts.length;
    for (let i = 0; i < n; i++) {
      const s = b.stmts[i]!;
      if (s.kind === 'Let') stmts.push(this.letStmt(s));
      else if (s.kind === 'ExprStmt') {
        if (!s.semi && i === n - 1) tail = this.expr(s.expr);
        // A macro call with braces and no `;` is a statement of its own.
        else stmts.push({ k: 'expr', sp: spanOf(s.span), e: this.expr(s.expr), semi: s.semi || s.expr.kind === 'MacCallExpr' });
      } else if (s.kind === 'Unsupported') this.unsupported(`statement \`${s.what}\``, s.span);
    }
    // A block-like expression statement before the block's items is still the block's value.
    if (!tail && stmts.length > 0) {
      const last = stmts[stmts.length - 1]!;
      if (last.k === 'expr' && !last.semi && isBlockLike(last.e)) {
        stmts.pop();
        tail = last.e;
      }
    }
    const locals = this.fn.popBlock();
    return { sp: spanOf(b.span), stmts, tail, locals };
  }

  private letStmt(s: A.LetStmt): Stmt {
    const ty = s.ty ? this.type(s.ty) : null;
    // The initializer is lowered before the pattern declares its names (`let x = x + 1` reads the old x).
    const extended: number[] = [];
    const init = s.init ? this.expr(s.init, extended) : null;
    const elseBlock = s.else ? this.block(s.else) : null;
    // A `ref` binding into a temporary extends the temporary to the end of the block.
    const refSlot = init && !isPlace(init) && bindsByRef(s.pat) ? this.fn.hidden() : null;
    const pat = lowerPattern(this, s.pat, true);
    const binds = patternBinds(pat);
    return { k: 'let', sp: spanOf(s.span), pat, ty, init, else: elseBlock, binds, extended, refSlot };
  }

  // ---------------------------------------------------------------- expressions

  /**
   * Lowers an expression. `extend` is set for a `let` initializer: `&temporary` operands found
   * there get a block-lifetime slot (temporary lifetime extension).
   */
  expr(e: A.Expr, extend?: number[]): Expr {
    const sp = spanOf(e.span);
    switch (e.kind) {
      case 'Lit': return { k: 'lit', sp, v: literalValue(e.lit, this.prog.literalTypes) };
      case 'Tuple':
        if (!e.elems.length) return { k: 'lit', sp, v: UNIT };
        return { k: 'tuple', sp, items: e.elems.map((x) => this.expr(x, extend)) };
      case 'Paren': return this.expr(e.expr, extend);
      case 'PathExpr': return this.pathExpr(e.path, sp);
      case 'Call': return { k: 'call', sp, fn: this.expr(e.callee), args: e.args.map((a) => this.expr(a)) };
      case 'MethodCall': {
        const generics = this.typeArgs(e.turbofish);
        const recv = this.expr(e.receiver);
        const args = e.args.map((a) => this.expr(a));
        return { k: 'mcall', sp, recv, name: e.method.name, args, generics, nameSp: spanOf(e.method.span) };
      }
      case 'Field': return { k: 'field', sp, obj: this.expr(e.expr), name: e.field.name };
      case 'Index': {
        // Where an overloaded `Index` reports its panics: the `[`.
        const at = this.src.text.indexOf('[', e.expr.span.end);
        return { k: 'index', sp, obj: this.expr(e.expr), idx: this.expr(e.index), brSp: this.src.span(at, at + 1) };
      }
      case 'Binary': {
        const l = this.expr(e.lhs);
        const r = this.expr(e.rhs);
        if (e.op === '&&') return { k: 'and', sp, l, r };
        if (e.op === '||') return { k: 'or', sp, l, r };
        return { k: 'bin', sp, op: e.op, l, r };
      }
      case 'Unary': {
        const inner = this.expr(e.expr);
        if (e.op === 'Neg') return { k: 'neg', sp, e: inner };
        if (e.op === 'Not') return { k: 'not', sp, e: inner };
        return { k: 'deref', sp, e: inner };
      }
      case 'Ref': {
        const inner = this.expr(e.expr, extend);
        let ext: number | null = null;
        if (extend && !isPlace(inner)) {
          ext = this.fn.hidden();
          extend.push(ext);
        }
        return { k: 'ref', sp, mut: e.isMut, e: inner, ext };
      }
      case 'Assign':
        // The grammar reads `..=end` as the assignment `.. = end`: it is the range up to `end` inclusive.
        if (e.lhs.kind === 'Range' && !e.lhs.start && !e.lhs.end && !e.lhs.inclusive) return { k: 'range', sp, from: null, to: this.expr(e.rhs), inclusive: true };
        return { k: 'assign', sp, op: null, place: this.expr(e.lhs), value: this.expr(e.rhs) };
      case 'AssignOp':
        return { k: 'assign', sp, op: e.op.slice(0, -1), place: this.expr(e.lhs), value: this.expr(e.rhs) };
      case 'BlockExpr': {
        if (e.label) {
          const id = BodyLowerer.nextLoop++;
          this.loops.push({ label: e.label.name, id, isBlock: true });
          const b = this.block(e.block);
          this.loops.pop();
          return { k: 'block', sp, b, label: id };
        }
        return { k: 'block', sp, b: this.block(e.block), label: null };
      }
      case 'If': return this.ifExpr(e, sp);
      case 'Match': return this.matchExpr(e, sp);
      case 'Loop': {
        const id = this.pushLoop(e.label);
        const body = this.block(e.body);
        this.loops.pop();
        return { k: 'loop', sp, id, body };
      }
      case 'While': {
        const id = this.pushLoop(e.label);
        this.fn.pushBlock();
        const cond = this.cond(e.cond);
        const body = this.block(e.body);
        this.fn.popBlock();
        this.loops.pop();
        return { k: 'while', sp, id, cond, body };
      }
      case 'For': {
        const iter = this.expr(e.iter);
        const id = this.pushLoop(e.label);
        this.fn.pushBlock();
        const pat = lowerPattern(this, e.pat);
        const body = this.block(e.body);
        const binds = this.fn.popBlock();
        this.loops.pop();
        return { k: 'for', sp, id, pat, iter, body, patSp: spanOf(e.pat.span), binds };
      }
      case 'Break': {
        const target = this.findLoop(e.label?.name ?? null, e.span);
        return { k: 'break', sp, id: target, value: e.value ? this.expr(e.value) : null };
      }
      case 'Continue': return { k: 'continue', sp, id: this.findLoop(e.label?.name ?? null, e.span) };
      case 'Return': return { k: 'return', sp, value: e.value ? this.expr(e.value) : null };
      case 'Closure': return { k: 'closure', sp, fn: this.closure(e) };
      case 'StructExpr': return this.structExpr(e, sp, extend);
      case 'Array': return { k: 'array', sp, items: e.elems.map((x) => this.expr(x, extend)) };
      case 'Repeat': {
        const value = this.expr(e.elem);
        return { k: 'repeat', sp, value, len: this.expr(e.count) };
      }
      case 'Range': {
        const from = e.start ? this.expr(e.start) : null;
        const to = e.end ? this.expr(e.end) : null;
        return { k: 'range', sp, from, to, inclusive: e.inclusive };
      }
      case 'Cast': {
        const inner = this.expr(e.expr);
        return { k: 'cast', sp, e: inner, ty: this.type(e.ty) };
      }
      case 'Try': return { k: 'try', sp, e: this.expr(e.expr) };
      case 'MacCallExpr': return lowerMacro(this, e.mac, sp);
      case 'LetExpr': return this.unsupported('expression `let condition`', e.span);
      case 'Unsupported': return this.unsupported(`expression \`${e.what}\``, e.span);
    }
  }

  private pathExpr(p: A.Path, sp: Span): Expr {
    const segs = p.segments;
    if (p.qself) {
      const name = segs[0]?.ident.name;
      if (segs.length === 1 && name !== undefined) {
        // `<T as Trait>::f` is the trait's method, dispatched on the argument; `<T>::f` is `T::f`.
        const trait = p.qself.trait;
        if (trait) return this.withHint({ k: 'path', sp, segs: [trait.segments[trait.segments.length - 1]?.ident.name ?? '', name], generics: [] }, p);
        const ty = this.type(p.qself.ty);
        if (ty.k === 'path') return { k: 'path', sp, segs: [...ty.segs, name], generics: ty.args };
        return { k: 'path', sp, segs: ['<T>', name], generics: [ty] };
      }
      return this.withHint({ k: 'path', sp, segs: this.pathSegs(p), generics: [] }, p);
    }
    const last = segs[segs.length - 1]!;
    if (segs.length === 1 && !p.global && !last.args) return this.ident(last.ident.name, sp, p);
    // `f::<T>` names its own arguments; `Vec::<T>::new` its type's.
    const generics = last.args ? this.typeArgs(last.args) : this.typeArgs(segs[segs.length - 2]?.args);
    return this.withHint({ k: 'path', sp, segs: this.pathSegs(p), generics }, p);
  }

  /** Attaches the front end's resolution of the path, when the simulator should follow it. */
  private withHint(e: Extract<Expr, { k: 'path' }>, p: A.Path | undefined): Expr {
    const hint = p && pathHint(this.from.fe.resolution, p);
    if (hint) e.res = hint;
    return e;
  }

  /** A name: a local, a capture, or (through `path`, when written) an item the resolver found. */
  ident(name: string, sp: Span, path?: A.Path): Expr {
    const r = this.fn.resolve(name);
    if (!r) {
      if (this.fn.uncaptured(name)) throw new Unsupported(`\`${name}\` in a closure that the type checker did not find it captures`, sp);
      return this.withHint({ k: 'path', sp, segs: (path && this.src.adtKeys?.segsOf(path)) ?? [name], generics: [] }, path);
    }
    if (r.k === 'local') return { k: 'local', sp, slot: r.slot, name };
    return { k: 'capture', sp, idx: r.idx, name };
  }

  private ifExpr(e: A.IfExpr, sp: Span): Expr {
    this.fn.pushBlock();
    const cond = this.cond(e.cond);
    const then = this.block(e.then);
    const condLocals = this.fn.popBlock();
    if (cond.k === 'let') cond.binds = condLocals;
    const elseE = e.else ? this.expr(e.else) : null;
    return { k: 'if', sp, cond, then, else: elseE };
  }

  cond(e: A.Expr): Cond {
    if (e.kind === 'LetExpr') {
      const value = this.expr(e.expr);
      const pat = lowerPattern(this, e.pat);
      return { k: 'let', pat, value, binds: patternBinds(pat) };
    }
    if (hasLet(e)) return this.unsupported('`let` chains', e.span);
    return { k: 'expr', e: this.expr(e) };
  }

  private matchExpr(e: A.MatchExpr, sp: Span): Expr {
    const scrut = this.expr(e.scrutinee);
    const arms = [];
    for (const arm of e.arms) {
      this.fn.pushBlock();
      const pat = lowerPattern(this, arm.pat);
      if (arm.guard && (arm.guard.kind === 'LetExpr' || hasLet(arm.guard))) this.unsupported('`if let` guards', arm.guard.span);
      const guard = arm.guard ? this.expr(arm.guard) : null;
      const body = this.expr(arm.body);
      const binds = this.fn.popBlock();
      arms.push({ sp: spanOf(arm.span), pat, guard, body, binds });
    }
    return { k: 'match', sp, scrut, arms };
  }

  private structExpr(e: A.StructExpr, sp: Span, extend?: number[]): Expr {
    let segs = this.pathSegs(e.path);
    const self = this.tscope.selfTy;
    if (segs[0] === 'Self' && self?.k === 'path') segs = [self.name, ...segs.slice(1)];
    const fields = e.fields.map((f) => ({ name: f.name.name, value: this.expr(f.expr, extend) }));
    const base = e.base ? this.expr(e.base) : null;
    return { k: 'struct', sp, segs, fields, base };
  }

  private closure(c: A.ClosureExpr): ClosureIR {
    const outer = this.fn;
    const inner = new FnScope(outer, true, c.isMove);
    const captures = closureCaptures(this.from.fe, c);
    if ('unsupported' in captures) this.unsupported(captures.unsupported, c.span);
    if (!inner.capture(captures)) this.unsupported('a closure whose captured variables the simulator does not find', c.span);
    this.fn = inner;
    const savedLoops = this.loops;
    this.loops = [];
    try {
      const params = [];
      const paramTys: (Ty | null)[] = [];
      for (const p of c.params) {
        // A typed parameter's `mut` is the parameter's (`|mut x: i32|`), an untyped one's the pattern's.
        params.push(lowerPattern(this, p.pat, !!p.ty));
        paramTys.push(p.ty ? this.type(p.ty) : null);
      }
      const body = this.expr(c.body);
      const name = `${this.fnName}::{closure#${this.closureCount++}}`;
      const frame = frameAt(this.prog, c.span);
      return {
        name,
        sp: spanOf(c.span),
        params,
        paramTys,
        ret: c.ret ? this.type(c.ret) : null,
        body,
        move: c.isMove,
        caps: inner.caps,
        nslots: inner.nslots,
        slotNames: inner.slotNames,
        frameSize: frame.size,
        frameParts: frame.parts,
      };
    } finally {
      this.fn = outer;
      this.loops = savedLoops;
    }
  }

  private pushLoop(label: A.Ident | undefined): number {
    const id = BodyLowerer.nextLoop++;
    this.loops.push({ label: label ? label.name : null, id, isBlock: false });
    return id;
  }

  private findLoop(label: string | null, at: A.Span): number {
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const l = this.loops[i]!;
      if (label === null ? !l.isBlock : l.label === label) return l.id;
    }
    return this.unsupported(label ? `unknown label '${label}` : '`break` outside a loop', at);
  }
}

/** A `let` inside a condition's `&&` chain (a let chain). */
function hasLet(e: A.Expr): boolean {
  if (e.kind === 'LetExpr') return true;
  return e.kind === 'Binary' && e.op === '&&' && (hasLet(e.lhs) || hasLet(e.rhs));
}

function isBlockLike(e: Expr): boolean {
  return e.k === 'if' || e.k === 'match' || e.k === 'block' || e.k === 'loop' || e.k === 'while' || e.k === 'for';
}

/** Place expressions denote memory that already exists; borrowing anything else creates a temporary. */
function isPlace(e: Expr): boolean {
  switch (e.k) {
    case 'local': case 'capture': case 'deref': return true;
    case 'field': return isPlace(e.obj);
    case 'index': return true;
    case 'path': return true;
    default: return false;
  }
}
