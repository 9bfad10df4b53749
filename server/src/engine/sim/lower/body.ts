// Function and closure bodies → IR: expressions, statements and blocks, with every local name
// resolved to a frame slot (or a closure capture) while the scopes are known.
import { spanKey } from './frontEndNames';
import type { SyntaxNode } from '../../parse/parser';
import { Unsupported } from '../errors';
import type { Block, ClosureIR, Cond, Expr, Span, Stmt } from '../ir';
import type { Program } from '../items';
import type { Ty } from '../types';
import { Tuple, UNIT, type Value } from '../values';
import { charLiteral, floatLiteral, intLiteral, stringLiteral } from './literals';
import { lowerMacro } from './macros';
import { lowerPattern, patternBinds } from './pattern';
import { frameOfNode } from './frames';
import { FnScope } from './scope';
import { positionKey } from './checkedTypes';
import { spanOf } from './span';
import { lowerType, type TypeScope } from './types';


const ITEM_TYPES = new Set([
  'function_item', 'struct_item', 'enum_item', 'impl_item', 'trait_item', 'use_declaration', 'const_item',
  'static_item', 'mod_item', 'type_item', 'macro_definition', 'attribute_item', 'inner_attribute_item',
  'empty_statement', 'line_comment', 'block_comment', 'union_item', 'extern_crate_declaration', 'foreign_mod_item',
]);

export function named(n: SyntaxNode): SyntaxNode[] {
  return n.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'line_comment' && c.type !== 'block_comment');
}

export class BodyLowerer {
  fn: FnScope;
  private loops: { label: string | null; id: number; isBlock: boolean }[] = [];
  private static nextLoop = 1;
  closureCount = 0;

  constructor(
    readonly prog: Program,
    readonly tscope: TypeScope,
    readonly fnName: string,
    fn: FnScope,
  ) {
    this.fn = fn;
  }

  unsupported(what: string, n: SyntaxNode): never {
    throw new Unsupported(what, spanOf(n));
  }

  type(n: SyntaxNode): Ty {
    return lowerType(n, this.tscope);
  }

  // ---------------------------------------------------------------- blocks and statements

  block(n: SyntaxNode, label: string | null = null): Block {
    this.fn.pushBlock();
    const stmts: Stmt[] = [];
    let tail: Expr | null = null;
    const kids = named(n).filter((c) => c.type !== 'label');
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (ITEM_TYPES.has(c.type)) continue;
      if (c.type === 'let_declaration') {
        stmts.push(this.letStmt(c));
        continue;
      }
      if (c.type === 'expression_statement') {
        const inner = named(c)[0];
        if (!inner) continue;
        const semi = c.children.some((x) => x?.type === ';');
        stmts.push({ k: 'expr', sp: spanOf(c), e: this.expr(inner), semi });
        continue;
      }
      if (c.type === 'macro_invocation' && i < kids.length - 1) {
        stmts.push({ k: 'expr', sp: spanOf(c), e: this.expr(c), semi: true });
        continue;
      }
      if (i === kids.length - 1) {
        tail = this.expr(c);
        continue;
      }
      this.unsupported(`statement \`${c.type}\``, c);
    }
    // A trailing expression statement without `;` whose value is the block's (e.g. `if`/`match`).
    if (!tail && stmts.length > 0) {
      const last = stmts[stmts.length - 1]!;
      if (last.k === 'expr' && !last.semi && isBlockLike(last.e)) {
        stmts.pop();
        tail = last.e;
      }
    }
    const locals = this.fn.popBlock();
    void label;
    return { sp: spanOf(n), stmts, tail, locals };
  }

  private letStmt(n: SyntaxNode): Stmt {
    const patNode = n.childForFieldName('pattern')!;
    const tyNode = n.childForFieldName('type');
    const valNode = n.childForFieldName('value');
    const elseNode = n.childForFieldName('alternative');
    const ty = tyNode ? this.type(tyNode) : null;
    // The initializer is lowered before the pattern declares its names (`let x = x + 1` reads the old x).
    const extended: number[] = [];
    const init = valNode ? this.expr(valNode, extended) : null;
    const elseBlock = elseNode ? this.block(elseNode) : null;
    // A `ref` binding into a temporary extends the temporary to the end of the block.
    const refSlot = init && !isPlace(init) && /\bref\b/.test(patNode.text) && patNode.type !== 'identifier' ? this.fn.hidden() : null;
    const pat = lowerPattern(this, patNode);
    const binds = patternBinds(pat);
    return { k: 'let', sp: spanOf(n), pat, ty, init, else: elseBlock, binds, extended, refSlot };
  }

  // ---------------------------------------------------------------- expressions

  /**
   * Lowers an expression. `extend` is set for a `let` initializer: `&temporary` operands found
   * there get a block-lifetime slot (temporary lifetime extension).
   */
  expr(n: SyntaxNode, extend?: number[]): Expr {
    const sp = spanOf(n);
    switch (n.type) {
      case 'integer_literal': return { k: 'lit', sp, v: intLiteral(n, this.prog.literalTypes) };
      case 'float_literal': return { k: 'lit', sp, v: floatLiteral(n, this.prog.literalTypes) };
      case 'string_literal': case 'raw_string_literal': return { k: 'lit', sp, v: stringLiteral(n) };
      case 'char_literal': return { k: 'lit', sp, v: charLiteral(n) };
      case 'boolean_literal': return { k: 'lit', sp, v: n.text === 'true' };
      case 'unit_expression': return { k: 'lit', sp, v: UNIT };
      case 'parenthesized_expression': return this.expr(named(n)[0]!, extend);
      case 'identifier': case 'self': return this.ident(n.text, sp);
      case 'scoped_identifier': {
        const path = n.childForFieldName('path');
        const name = n.childForFieldName('name')!.text;
        if (path?.type === 'bracketed_type') {
          // `<T>::f` is `T::f`; `<T as Trait>::f` is the trait's method, dispatched on the argument.
          const inner = named(path)[0]!;
          if (inner.type === 'qualified_type') {
            const trait = inner.childForFieldName('alias')!.text.split('<')[0]!.split('::').pop()!;
            return this.withHint({ k: 'path', sp, segs: [trait, name], generics: [] });
          }
          const ty = this.type(inner);
          if (ty.k === 'path') return { k: 'path', sp, segs: [...ty.segs, name], generics: ty.args };
          return { k: 'path', sp, segs: ['<T>', name], generics: [ty] };
        }
        return this.withHint({ k: 'path', sp, segs: pathSegs(n), generics: this.pathGenerics(n) });
      }
      case 'generic_function': {
        const f = n.childForFieldName('function')!;
        const g = this.typeArgs(n.childForFieldName('type_arguments'));
        if (f.type === 'field_expression') return this.unsupported('method turbofish outside a call', n);
        return this.withHint({ k: 'path', sp, segs: pathSegs(f), generics: g });
      }
      case 'call_expression': return this.call(n, sp);
      case 'field_expression': {
        const base = n.childForFieldName('value')!;
        return { k: 'field', sp, obj: this.expr(base), name: n.childForFieldName('field')!.text };
      }
      case 'index_expression': {
        const [o, i] = named(n);
        const br = n.children.find((c) => c?.type === '[')!;
        return { k: 'index', sp, obj: this.expr(o!), idx: this.expr(i!), brSp: spanOf(br) };
      }
      case 'binary_expression': {
        const op = n.childForFieldName('operator')!.type;
        const l = this.expr(n.childForFieldName('left')!);
        const r = this.expr(n.childForFieldName('right')!);
        if (op === '&&') return { k: 'and', sp, l, r };
        if (op === '||') return { k: 'or', sp, l, r };
        return { k: 'bin', sp, op, l, r };
      }
      case 'unary_expression': {
        const op = n.child(0)!.type;
        const e = named(n)[0]!;
        if (op === '-') {
          if (e.type === 'integer_literal' || e.type === 'float_literal') return { k: 'neg', sp, e: this.expr(e) };
          return { k: 'neg', sp, e: this.expr(e) };
        }
        if (op === '!') return { k: 'not', sp, e: this.expr(e) };
        if (op === '*') return { k: 'deref', sp, e: this.expr(e) };
        return this.unsupported(`operator ${op}`, n);
      }
      case 'reference_expression': {
        const mut = n.children.some((c) => c?.type === 'mutable_specifier');
        const inner = n.childForFieldName('value')!;
        const e = this.expr(inner, extend);
        let ext: number | null = null;
        if (extend && !isPlace(e)) {
          ext = this.fn.hidden();
          extend.push(ext);
        }
        return { k: 'ref', sp, mut, e, ext };
      }
      case 'assignment_expression': {
        const left = n.childForFieldName('left')!;
        // The grammar reads `..=end` as the assignment `.. = end`: it is the range up to `end` inclusive.
        if (left.type === 'range_expression' && left.namedChildCount === 0) {
          return { k: 'range', sp, from: null, to: this.expr(n.childForFieldName('right')!), inclusive: true };
        }
        return { k: 'assign', sp, op: null, place: this.expr(left), value: this.expr(n.childForFieldName('right')!) };
      }
      case 'compound_assignment_expr': {
        const op = n.childForFieldName('operator')!.type.replace('=', '');
        return { k: 'assign', sp, op, place: this.expr(n.childForFieldName('left')!), value: this.expr(n.childForFieldName('right')!) };
      }
      case 'block': {
        const label = n.namedChildren.find((c) => c?.type === 'label');
        if (label) {
          const id = BodyLowerer.nextLoop++;
          this.loops.push({ label: label.text.slice(1), id, isBlock: true });
          const b = this.block(n);
          this.loops.pop();
          return { k: 'block', sp, b, label: id };
        }
        return { k: 'block', sp, b: this.block(n), label: null };
      }
      case 'unsafe_block': return { k: 'block', sp, b: this.block(named(n)[0]!), label: null };
      case 'if_expression': return this.ifExpr(n, sp);
      case 'match_expression': return this.matchExpr(n, sp);
      case 'loop_expression': {
        const id = this.pushLoop(n);
        const body = this.block(n.childForFieldName('body')!);
        this.loops.pop();
        return { k: 'loop', sp, id, body };
      }
      case 'while_expression': {
        const id = this.pushLoop(n);
        this.fn.pushBlock();
        const cond = this.cond(n.childForFieldName('condition')!);
        const body = this.block(n.childForFieldName('body')!);
        this.fn.popBlock();
        this.loops.pop();
        return { k: 'while', sp, id, cond, body };
      }
      case 'for_expression': {
        const iter = this.expr(n.childForFieldName('value')!);
        const id = this.pushLoop(n);
        this.fn.pushBlock();
        const patNode = n.childForFieldName('pattern')!;
        const pat = lowerPattern(this, patNode);
        const body = this.block(n.childForFieldName('body')!);
        const binds = this.fn.popBlock();
        this.loops.pop();
        return { k: 'for', sp, id, pat, iter, body, patSp: spanOf(patNode), binds };
      }
      case 'break_expression': {
        const label = n.namedChildren.find((c) => c?.type === 'label');
        const valNode = named(n).find((c) => c.type !== 'label');
        const target = this.findLoop(label ? label.text.slice(1) : null, n);
        return { k: 'break', sp, id: target, value: valNode ? this.expr(valNode) : null };
      }
      case 'continue_expression': {
        const label = n.namedChildren.find((c) => c?.type === 'label');
        return { k: 'continue', sp, id: this.findLoop(label ? label.text.slice(1) : null, n) };
      }
      case 'return_expression': {
        const v = named(n)[0];
        return { k: 'return', sp, value: v ? this.expr(v) : null };
      }
      case 'closure_expression': return { k: 'closure', sp, fn: this.closure(n) };
      case 'struct_expression': return this.structExpr(n, sp, extend);
      case 'tuple_expression': {
        const items = named(n).filter((c) => c.type !== 'attribute_item').map((c) => this.expr(c, extend));
        return { k: 'tuple', sp, items };
      }
      case 'array_expression': {
        const len = n.childForFieldName('length');
        if (len) {
          const value = named(n).find((c) => c.id !== len.id)!;
          return { k: 'repeat', sp, value: this.expr(value), len: this.expr(len) };
        }
        return { k: 'array', sp, items: named(n).map((c) => this.expr(c, extend)) };
      }
      case 'range_expression': {
        const kids = named(n);
        const opIdx = n.children.findIndex((c) => c?.type === '..' || c?.type === '..=' || c?.type === '...');
        const op = n.children[opIdx]!;
        const inclusive = op.type !== '..';
        let from: Expr | null = null;
        let to: Expr | null = null;
        for (const k of kids) {
          if (k.startIndex < op.startIndex) from = this.expr(k);
          else to = this.expr(k);
        }
        return { k: 'range', sp, from, to, inclusive };
      }
      case 'type_cast_expression':
        return { k: 'cast', sp, e: this.expr(n.childForFieldName('value')!), ty: this.type(n.childForFieldName('type')!) };
      case 'try_expression': return { k: 'try', sp, e: this.expr(named(n)[0]!) };
      case 'macro_invocation': return lowerMacro(this, n, sp);
      case 'const_block': return { k: 'block', sp, b: this.block(named(n)[0]!), label: null };
      default:
        return this.unsupported(`expression \`${n.type.replace(/_/g, ' ')}\``, n);
    }
  }

  /** Attaches the front end's resolution of the path at the same position, when it has one. */
  private withHint(e: Extract<Expr, { k: 'path' }>): Expr {
    const hint = this.prog.names?.paths.get(spanKey(e.sp.l, e.sp.c, e.sp.el, e.sp.ec));
    if (hint) e.res = hint;
    return e;
  }

  ident(name: string, sp: Span): Expr {
    const r = this.fn.resolve(name);
    if (!r) {
      if (this.fn.uncaptured(name)) throw new Unsupported(`\`${name}\` in a closure that the type checker did not find it captures`, sp);
      return this.withHint({ k: 'path', sp, segs: [name], generics: [] });
    }
    if (r.k === 'local') return { k: 'local', sp, slot: r.slot, name };
    return { k: 'capture', sp, idx: r.idx, name };
  }

  typeArgs(n: SyntaxNode | null): Ty[] {
    if (!n) return [];
    return named(n).filter((a) => a.type !== 'lifetime').map((a) => this.type(a));
  }

  private pathGenerics(n: SyntaxNode): Ty[] {
    const path = n.childForFieldName('path');
    if (path?.type === 'generic_type') return this.typeArgs(path.childForFieldName('type_arguments'));
    return [];
  }

  private call(n: SyntaxNode, sp: Span): Expr {
    let f = n.childForFieldName('function')!;
    const argsNode = n.childForFieldName('arguments')!;
    let generics: Ty[] = [];
    if (f.type === 'generic_function' && f.childForFieldName('function')!.type === 'field_expression') {
      generics = this.typeArgs(f.childForFieldName('type_arguments'));
      f = f.childForFieldName('function')!;
    }
    if (f.type === 'field_expression') {
      const name = f.childForFieldName('field')!;
      const recv = this.expr(f.childForFieldName('value')!);
      const args = named(argsNode).filter((a) => a.type !== 'attribute_item').map((a) => this.expr(a));
      return { k: 'mcall', sp, recv, name: name.text, args, generics, nameSp: spanOf(name) };
    }
    const fn = this.expr(f);
    const args = named(argsNode).filter((a) => a.type !== 'attribute_item').map((a) => this.expr(a));
    return { k: 'call', sp, fn, args };
  }

  private ifExpr(n: SyntaxNode, sp: Span): Expr {
    this.fn.pushBlock();
    const cond = this.cond(n.childForFieldName('condition')!);
    const then = this.block(n.childForFieldName('consequence')!);
    const condLocals = this.fn.popBlock();
    if (cond.k === 'let') cond.binds = condLocals;
    const alt = n.childForFieldName('alternative');
    let elseE: Expr | null = null;
    if (alt) {
      const inner = named(alt)[0]!;
      elseE = this.expr(inner);
    }
    return { k: 'if', sp, cond, then, else: elseE };
  }

  cond(n: SyntaxNode): Cond {
    if (n.type === 'let_condition') {
      const value = this.expr(n.childForFieldName('value')!);
      const pat = lowerPattern(this, n.childForFieldName('pattern')!);
      return { k: 'let', pat, value, binds: patternBinds(pat) };
    }
    if (n.type === 'let_chain') return this.unsupported('`let` chains', n);
    return { k: 'expr', e: this.expr(n) };
  }

  private matchExpr(n: SyntaxNode, sp: Span): Expr {
    const scrut = this.expr(n.childForFieldName('value')!);
    const arms = [];
    for (const arm of named(n.childForFieldName('body')!)) {
      if (arm.type !== 'match_arm') continue;
      const mp = arm.childForFieldName('pattern')!;
      this.fn.pushBlock();
      const patNode = mp.childForFieldName('pattern') ?? named(mp).find((c) => c.type !== 'attribute_item' && c.id !== mp.childForFieldName('condition')?.id);
      const pat = patNode ? lowerPattern(this, patNode) : { k: 'wild' as const, sp: spanOf(mp) };
      const condNode = mp.childForFieldName('condition');
      if (condNode?.type === 'let_condition' || condNode?.type === 'let_chain') this.unsupported('`if let` guards', condNode);
      const guard = condNode ? this.expr(condNode) : null;
      const body = this.expr(arm.childForFieldName('value')!);
      const binds = this.fn.popBlock();
      arms.push({ sp: spanOf(arm), pat, guard, body, binds });
    }
    return { k: 'match', sp, scrut, arms };
  }

  private structExpr(n: SyntaxNode, sp: Span, extend?: number[]): Expr {
    const nameNode = n.childForFieldName('name')!;
    let segs: string[];
    if (nameNode.type === 'generic_type') segs = pathSegs(nameNode.childForFieldName('type')!);
    else segs = pathSegs(nameNode);
    if (segs.length === 1 && segs[0] === 'Self' && this.tscope.selfTy?.k === 'path') segs = [this.tscope.selfTy.name];
    if (segs[0] === 'Self' && this.tscope.selfTy?.k === 'path') segs = [this.tscope.selfTy.name, ...segs.slice(1)];
    const fields: { name: string; value: Expr }[] = [];
    let base: Expr | null = null;
    for (const f of named(n.childForFieldName('body')!)) {
      if (f.type === 'shorthand_field_initializer') {
        const id = named(f)[0]!;
        fields.push({ name: id.text, value: this.ident(id.text, spanOf(id)) });
      } else if (f.type === 'field_initializer') {
        const fieldName = f.childForFieldName('field')!.text;
        fields.push({ name: fieldName, value: this.expr(f.childForFieldName('value')!, extend) });
      } else if (f.type === 'base_field_initializer') {
        base = this.expr(named(f)[0]!);
      }
    }
    return { k: 'struct', sp, segs, fields, base };
  }

  private closure(n: SyntaxNode): ClosureIR {
    const isMove = n.children.some((c) => c?.type === 'move');
    const outer = this.fn;
    const inner = new FnScope(outer, true, isMove);
    const captures = this.prog.closureCaptures.get(positionKey(n.startPosition.row, n.startPosition.column, n.endPosition.row, n.endPosition.column));
    if (!captures || 'unsupported' in captures) this.unsupported(captures?.unsupported ?? 'a closure the type checker did not see', n);
    if (!inner.capture(captures)) this.unsupported('a closure whose captured variables the simulator does not find', n);
    this.fn = inner;
    const savedLoops = this.loops;
    this.loops = [];
    try {
      const params = [];
      const paramTys: (Ty | null)[] = [];
      const paramNodes = n.childForFieldName('parameters')!.children.filter((c): c is SyntaxNode => !!c && (c.isNamed || c.type === '_'));
      for (const p of paramNodes) {
        if (p.type === 'parameter') {
          params.push(lowerPattern(this, p.childForFieldName('pattern')!));
          const t = p.childForFieldName('type');
          paramTys.push(t ? this.type(t) : null);
        } else {
          params.push(lowerPattern(this, p));
          paramTys.push(null);
        }
      }
      const retNode = n.childForFieldName('return_type');
      const body = this.expr(n.childForFieldName('body')!);
      const sp = spanOf(n);
      const frame = frameOfNode(this.prog, n);
      return {
        name: `${this.fnName}::{closure#${this.closureCount++}}`,
        sp,
        params,
        paramTys,
        ret: retNode ? this.type(retNode) : null,
        body,
        move: isMove,
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

  private pushLoop(n: SyntaxNode): number {
    const label = n.namedChildren.find((c) => c?.type === 'label');
    const id = BodyLowerer.nextLoop++;
    this.loops.push({ label: label ? label.text.slice(1) : null, id, isBlock: false });
    return id;
  }

  private findLoop(label: string | null, n: SyntaxNode): number {
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const l = this.loops[i]!;
      if (label === null ? !l.isBlock : l.label === label) return l.id;
    }
    return this.unsupported(label ? `unknown label '${label}` : '`break` outside a loop', n);
  }
}

export function pathSegs(n: SyntaxNode): string[] {
  if (n.type === 'identifier' || n.type === 'type_identifier' || n.type === 'self' || n.type === 'super' || n.type === 'crate') return [n.text];
  if (n.type === 'generic_type') return pathSegs(n.childForFieldName('type')!);
  if (n.type === 'scoped_identifier' || n.type === 'scoped_type_identifier') {
    const p = n.childForFieldName('path');
    const name = n.childForFieldName('name')!.text;
    return p ? [...pathSegs(p), name] : [name];
  }
  return n.text.split('::').map((s) => s.replace(/<.*$/, '').trim());
}

function isBlockLike(e: Expr): boolean {
  return e.k === 'if' || e.k === 'match' || e.k === 'block' || e.k === 'loop' || e.k === 'while' || e.k === 'for';
}

/** Place expressions denote memory that already exists; borrowing anything else creates a temporary. */
export function isPlace(e: Expr): boolean {
  switch (e.k) {
    case 'local': case 'capture': case 'deref': return true;
    case 'field': return isPlace(e.obj);
    case 'index': return true;
    case 'path': return true;
    default: return false;
  }
}

export const UNIT_LIT = (sp: Span): Expr => ({ k: 'lit', sp, v: UNIT as Value });
export { Tuple };
