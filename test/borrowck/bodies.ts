// A tiny builder of MIR bodies for the borrow checker's unit tests: locals by name, statements
// and terminators with a span on a given source line (0-based, as the engine's spans are).
import type {
  BasicBlockData, Body, BorrowKind, DropReason, FakeReadCause, LocalDecl, Operand, Place, ProjectionElem, Rvalue, Statement, StatementKind, Terminator, TerminatorKind,
} from '../../server/src/engine/mir/syntax';
import type { Span } from '../../server/src/engine/syntax/ast';
import { Interner } from '../../server/src/engine/typeck/interner';
import { INTS, type Ty } from '../../server/src/engine/typeck/ty';

export const types = new Interner();
export const i32 = INTS.i32;
export const usize = INTS.usize;
export const unit = types.unit;
export const refTo = (t: Ty, mut = false): Ty => types.ref(t, mut);
export const vecOf = (t: Ty): Ty => types.adt({ name: 'Vec', std: true }, [t]);
export const pairOf = (a: Ty, b: Ty): Ty => types.tuple([a, b]);

export function lineSpan(line: number): Span {
  return { start: line * 100, end: line * 100 + 10, line, character: 4, endLine: line, endCharacter: 14 };
}

export const deref: ProjectionElem = { kind: 'deref' };
export const field = (index: number, ty: Ty, name = String(index)): ProjectionElem => ({ kind: 'field', index, name, ty });

export class BodyBuilder {
  readonly locals: LocalDecl[];
  readonly blocks: BasicBlockData[] = [{ statements: [], terminator: undefined, isCleanup: false }];
  private current = 0;
  private argCount = 0;
  line = 0;

  constructor(ret: Ty = unit) {
    this.locals = [{ kind: 'return', mutable: true, ty: ret, span: lineSpan(0) }];
  }

  /** Arguments are `_1 ..= _argCount`: declare them before any other local. */
  arg(name: string, ty: Ty, mutable = false): number {
    if (this.locals.length !== this.argCount + 1) throw new Error('arguments come before other locals');
    this.argCount++;
    return this.add({ kind: 'arg', mutable, ty, span: lineSpan(0), name });
  }
  user(name: string, ty: Ty, mutable = false, line = this.line): number {
    return this.add({ kind: 'user', mutable, ty, span: lineSpan(line), name });
  }
  temp(ty: Ty): number {
    return this.add({ kind: 'temp', mutable: true, ty, span: lineSpan(this.line) });
  }
  private add(d: LocalDecl): number {
    this.locals.push(d);
    return this.locals.length - 1;
  }

  /** Following statements are on this line. */
  at(line: number): this {
    this.line = line;
    return this;
  }

  private push(s: StatementKind): this {
    this.blocks[this.current]!.statements.push({ ...s, span: lineSpan(this.line) } as Statement);
    return this;
  }
  assign(p: Place | number, rvalue: Rvalue): this {
    return this.push({ kind: 'assign', place: toPlace(p), rvalue });
  }
  fakeRead(cause: FakeReadCause, p: Place | number): this {
    return this.push({ kind: 'fakeRead', cause, place: toPlace(p) });
  }
  live(local: number): this {
    return this.push({ kind: 'storageLive', local });
  }
  dead(local: number): this {
    return this.push({ kind: 'storageDead', local });
  }

  newBlock(cleanup = false): number {
    this.blocks.push({ statements: [], terminator: undefined, isCleanup: cleanup });
    return this.blocks.length - 1;
  }
  /** Continues in `block`. */
  enter(block: number): this {
    this.current = block;
    return this;
  }
  terminate(t: TerminatorKind): this {
    this.blocks[this.current]!.terminator = { ...t, span: lineSpan(this.line) } as Terminator;
    return this;
  }
  goto(target: number): this {
    return this.terminate({ kind: 'goto', target });
  }
  /** `if switch { then } else { otherwise }` on a bool operand. */
  branch(cond: Operand, then: number, otherwise: number): this {
    return this.terminate({ kind: 'switchInt', discr: cond, targets: { values: [0n], targets: [otherwise], otherwise: then } });
  }
  /** A call of a function named `name`, continuing in a fresh block. */
  call(name: string, args: Operand[], destination: Place | number, method = false): this {
    const next = this.newBlock();
    this.terminate({
      kind: 'call', func: fnConst(name), args, destination: toPlace(destination), target: next, unwind: { kind: 'continue' }, fromMethodCall: method,
    });
    return this.enter(next);
  }
  drop(p: Place | number, reason: DropReason = 'scopeEnd'): this {
    const next = this.newBlock();
    this.terminate({ kind: 'drop', place: toPlace(p), target: next, unwind: { kind: 'continue' }, reason });
    return this.enter(next);
  }
  ret(): Body {
    this.terminate({ kind: 'return' });
    return this.build();
  }
  build(unsupported: Body['unsupported'] = []): Body {
    return { def: { name: 'f' }, span: lineSpan(0), argCount: this.argCount, localDecls: this.locals, basicBlocks: this.blocks, unsupported };
  }
}

export function toPlace(p: Place | number, projection: ProjectionElem[] = []): Place {
  return typeof p === 'number' ? { local: p, projection } : p;
}
export const copy = (p: Place | number): Operand => ({ kind: 'copy', place: toPlace(p) });
export const move = (p: Place | number): Operand => ({ kind: 'move', place: toPlace(p) });
export const int = (n: number): Operand => ({ kind: 'constant', constant: { value: { kind: 'int', value: BigInt(n) }, ty: i32, span: lineSpan(0) } });
export const fnConst = (name: string): Operand => ({ kind: 'constant', constant: { value: { kind: 'fn', def: { name }, args: [] }, ty: unit, span: lineSpan(0) } });
export const use = (o: Operand): Rvalue => ({ kind: 'use', operand: o });
export const ref = (p: Place | number, borrow: BorrowKind = 'shared'): Rvalue => ({ kind: 'ref', borrow, place: toPlace(p) });
export const add = (a: Operand, b: Operand): Rvalue => ({ kind: 'binaryOp', op: 'Add', left: a, right: b, checked: false });

/** Signatures for tests: the named functions return a borrow of the listed arguments. */
export function signatures(table: Record<string, number[]> = {}, stores: Record<string, { from: number; into: number }[]> = {}) {
  const name = (func: Operand) => (func.kind === 'constant' && func.constant.value.kind === 'fn' ? func.constant.value.def.name : '');
  return {
    argumentStores(func: Operand) {
      return stores[name(func)] ?? [];
    },
    returnBorrowsFrom(func: Operand): readonly number[] {
      return func.kind === 'constant' && func.constant.value.kind === 'fn' ? table[func.constant.value.def.name] ?? [] : [];
    },
  };
}

/** The checker's context for tests: `signatures(table)`, and every user variable counts as declared without a value. */
export function context(table: Record<string, number[]> = {}, stores: Record<string, { from: number; into: number }[]> = {}) {
  return { calls: signatures(table, stores), declaredWithoutValue: () => true };
}
