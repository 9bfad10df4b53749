// The borrow checker of one MIR body: every access of every reachable location checked for
// initialisation (E0381), mutability (E0384, E0594, E0596) and conflicts with the loans live
// there (conflicts.ts). A body the builder could not fully model, or with a type the checker
// could not know, is not checked at all: a false error is worse than silence.
import type { Body, Operand, Place, Statement } from '../mir/syntax';
import type * as A from '../syntax/ast';
import type { Span } from '../syntax/ast';
import type { FnDef } from '../typeck/defs';
import { someTy, type Def, type Ty } from '../typeck/ty';
import { BitSet } from './bitSet';
import type { Location } from './cfg';
import { type Access, checkAccess } from './conflicts';
import type { ClosureSource } from './capturedLoans';
import { capturedVariable } from './capturedVariable';
import { checkClosureRegions } from './closureRegions';
import { contentSource } from './contentSource';
import { type BorrowError, ErrorSink } from './errors';
import { bodyFacts, type BodyFacts } from './facts';
import type { CallSignatures } from './loanFlow';
import { LoanReach } from './loanReach';
import { locationKey } from './movePaths';
import { initReachesItself } from './initialization';
import { immutability } from './mutability';
import { checkMoveOut } from './moveOut';
import { MovedUses } from './movedUse';
import { QUIET, QUIET_READS, quietLocals, writes } from './quietLocals';
import { checkNamedRegions } from './namedRegions';
import { checkSpawn } from './outlives';
import { checkParamRegions } from './paramRegions';
import { checkStaticArgs } from './staticArgs';
import { checkStaticFields, checkStaticFieldStores } from './staticFields';
import { type AccessDepth, describePlace, placeTy } from './places';
import { elisionFails } from './signatures';
import { type BodyUses, UseKind, usesOf } from './visit';

const MAX_STATE_BITS = 4_000_000;

export interface BorrowckContext {
  readonly calls: CallSignatures;
  /** Whether an ADT has its own `impl Drop` (E0509); without it, no such error is reported. */
  readonly hasDropImpl?: (def: Def) => boolean;
  /** Whether the user variable declared at `span` is a `let` without a value: E0381 is about those alone. */
  declaredWithoutValue(span: Span): boolean;
  /** The closure expression at `span` when it is the whole initialiser of a `let` with no type annotation. */
  letClosure?(span: Span): A.ClosureExpr | undefined;
  /** The type annotation of the `let` whose pattern is the binding at `span`. */
  letAnnotation?(span: Span): A.Type | undefined;
  /** The source around closures: where a captured variable is used. */
  readonly closures?: ClosureSource;
}

/** Why a body is not checked, or undefined when it is. */
export function uncheckable(body: Body): string | undefined {
  if (body.unsupported.length > 0) return `unsupported: ${body.unsupported[0]!.what}`;
  // The analyses keep a bitset over locals (or move paths) at every location: a body of tens of
  // thousands of temporaries (a 20,000-term sum) would take quadratic time and memory.
  let locations = 0;
  let refs = 0;
  // One pass over the statements for both questions: a body is walked here before any analysis.
  let operatorOnNonPrimitive = false;
  for (const data of body.basicBlocks) {
    const statements = data.statements;
    locations += statements.length + 1;
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i]!;
      if (s.kind !== 'assign') continue;
      const r = s.rvalue;
      if (r.kind === 'ref') refs++;
      else if (!operatorOnNonPrimitive && (r.kind === 'binaryOp' ? !primitiveOperand(body, r.left) || !primitiveOperand(body, r.right) : r.kind === 'unaryOp' && !primitiveOperand(body, r.operand))) operatorOnNonPrimitive = true;
    }
  }
  if (locations * body.localDecls.length * Math.max(1, refs / 16) > MAX_STATE_BITS) return 'a body too large to check';
  for (let i = 0; i < body.localDecls.length; i++) if (isUnknown(body.localDecls[i]!.ty)) return 'a local of unknown type';
  const def = body.def as Partial<FnDef>;
  if (def.kind === 'fn' && def.node && elisionFails(def as FnDef)) return 'a result lifetime that elision cannot resolve (E0106)';
  // An operator on a struct is a trait method call (`PartialEq::eq(&a, &b)`): as a built-in
  // operator its operands would be moved, and the checker would see moves that never happen.
  if (operatorOnNonPrimitive) return 'an operator on a value that is not a primitive';
  return undefined;
}

// Types are interned, and the same few (`i32`, `&str`, `String`, `()`) type most locals of a file.
const unknownTys = new WeakMap<Ty, boolean>();

function isUnknown(ty: Ty): boolean {
  let unknown = unknownTys.get(ty);
  if (unknown === undefined) unknownTys.set(ty, (unknown = someTy(ty, (t) => t.k === 'error' || t.k === 'infer')));
  return unknown;
}

function primitiveOperand(body: Body, o: Operand): boolean {
  const ty = o.kind === 'constant' ? o.constant.ty : placeTy(body, o.place);
  return ty !== undefined && isPrimitive(ty);
}

function isPrimitive(ty: Ty): boolean {
  return ty.k === 'int' || ty.k === 'float' || ty.k === 'bool' || ty.k === 'char' || ty.k === 'ptr' || (ty.k === 'ref' && isPrimitive(ty.inner));
}

/** `quiet` picks the locals whose uses the walk passes over (`quietLocals`; the tests compare it with none). */
export function borrowck(body: Body, cx: BorrowckContext, quiet: typeof quietLocals = quietLocals): BorrowError[] {
  if (uncheckable(body)) return [];
  const f = bodyFacts(body, cx.calls);
  const sink = new ErrorSink();
  const moved = new MovedUses(f);
  const uses = usesOf(body);
  const accesses = new Accesses(f, sink, cx.closures);
  const passOver = quiet(f, moved, cx.declaredWithoutValue);
  const activations = f.borrows.activatedAt.size > 0;
  for (const block of f.cfg.reversePostOrder) {
    const data = body.basicBlocks[block]!;
    if (data.isCleanup) continue;
    const statements = data.statements;
    for (let index = 0; index < statements.length; index++) {
      const s = statements[index]!;
      // Most statements need neither check: each call (and its location) costs in the interpreter.
      const staticFields = s.kind === 'assign' && s.rvalue.kind === 'aggregate';
      const checked = anyCheckedUse(uses, passOver, block, index) || (activations && f.borrows.activatedAt.has(locationKey({ block, index })));
      if (!staticFields && !checked) continue;
      const location = { block, index };
      if (staticFields) checkStaticFields(f, s, location, sink, cx.closures);
      if (checked) checkLocation(f, cx, location, uses, passOver, s.span, sink, moved, accesses);
    }
    if (data.terminator) {
      const location = f.cfg.terminatorLocation(block);
      // `return` ends the parameters' storage (`checkLocation`), whatever its uses.
      if (data.terminator.kind === 'return' || anyCheckedUse(uses, passOver, block, location.index) || (activations && f.borrows.activatedAt.has(locationKey(location)))) {
        checkLocation(f, cx, location, uses, passOver, data.terminator.span, sink, moved, accesses);
      }
      checkSpawn(f, data.terminator, sink);
      checkStaticArgs(f, data.terminator, location, sink);
      checkStaticFieldStores(f, cx.calls, data.terminator, location, sink);
    }
  }
  checkParamRegions(f, cx.calls, sink);
  checkNamedRegions(f, cx.calls, sink, cx.letAnnotation);
  if ((body.def as Partial<FnDef>).kind !== 'fn') checkClosureRegions(f, cx.letClosure?.(body.span), cx.calls, sink);
  return [...sink.errors, ...moved.errors].sort((a, b) => a.span.start - b.span.start);
}

/** `Accesses.borrowed`: how a local's loans borrow it (bits, 0 for a local nothing borrows). */
const SHARED_ONLY = 1;
const MUTABLY = 2;

/**
 * The accesses of one location against the loans live there. Only a loan of the same local can
 * conflict with an access (places_conflict), so an access to a local nothing borrows, or that no
 * borrow of it can have preceded (`LoanReach`), asks for no loans' regions: in a body whose loans
 * are all of places no access reaches after them, they are never computed.
 */
class Accesses {
  private readonly borrowed: Uint8Array;
  private location: Location = { block: 0, index: 0 };
  private span: Span | undefined;
  private scope: BitSet | undefined;
  private readonly reach: LoanReach;

  constructor(private readonly f: BodyFacts, private readonly sink: ErrorSink, private readonly closures: ClosureSource | undefined) {
    this.reach = new LoanReach(f.cfg, f.borrows);
    this.borrowed = new Uint8Array(f.body.localDecls.length);
    for (const loan of f.borrows.loans) this.borrowed[loan.borrowed.local]! |= loan.kind === 'shared' ? SHARED_ONLY : MUTABLY;
  }

  /** Moves to the next location: the loans in scope are asked for again on its first access. */
  at(location: Location, span: Span): void {
    this.location = location;
    this.span = span;
    this.scope = undefined;
  }

  access(place: Place, depth: AccessDepth, access: Access): void {
    const borrowed = this.borrowed[place.local]!;
    if (borrowed === 0) return;
    // A read or a shared borrow conflicts with no shared loan (`checkAccess`): of a local only
    // shared-borrowed, it needs no loans at all.
    if (borrowed === SHARED_ONLY && (access.kind === 'copy' || access.kind === 'sharedBorrow' || access.kind === 'reservation')) return;
    const location = this.location;
    // Only a loan of the same local can conflict (`placesConflict`): none is in scope before it is made.
    if (this.scope === undefined && !this.reach.mayBeInScope(place.local, location)) return;
    this.scope ??= this.f.loansMayBeInScope(location) ? this.f.regions.inScope(location) : NO_LOANS;
    if (!this.scope.isEmpty()) checkAccess(this.f, { location, place, depth, access, span: this.span! }, this.scope, this.sink, this.closures);
  }
}

const NO_LOANS = new BitSet(0);

/** Whether a use at the location is of a place some check may report on (`quietLocals`). */
function anyCheckedUse(uses: BodyUses, quiet: Uint8Array, block: number, index: number): boolean {
  const { kinds, places, locals, start } = uses;
  const at = uses.first[block]! + index;
  for (let i = start[at]!, end = start[at + 1]!; i < end; i++) {
    const q = quiet[locals[i]!]!;
    if (q === 0 || places[i]!.projection.length > 0 || (q === QUIET_READS && writes(kinds[i]!))) return true;
  }
  return false;
}

// The accesses' descriptions, shared: they are read, never kept apart or changed.
const COPY: Access = { kind: 'copy' };
const MOVE: Access = { kind: 'move' };
const SHARED_BORROW: Access = { kind: 'sharedBorrow' };
const MUT_BORROW: Access = { kind: 'mutBorrow' };
const RESERVATION: Access = { kind: 'reservation' };
const ASSIGN: Access = { kind: 'assign' };
const STORAGE_DEAD: Access = { kind: 'storageDead' };

function checkLocation(f: BodyFacts, cx: BorrowckContext, location: Location, uses: BodyUses, quiet: Uint8Array, span: Span, sink: ErrorSink, moved: MovedUses, accesses: Accesses): void {
  accesses.at(location, span);
  const data = f.body.basicBlocks[location.block]!;
  const term = data.terminator;
  const atTerminator = location.index === data.statements.length;
  const { kinds, places, start } = uses;
  const at = uses.first[location.block]! + location.index;
  for (let i = start[at]!, end = start[at + 1]!; i < end; i++) {
    const kind = kinds[i]!;
    const place = places[i]!;
    const q = quiet[place.local]!;
    if (q !== 0 && place.projection.length === 0 && (q === QUIET || !writes(kind))) continue;
    switch (kind) {
      case UseKind.Copy: case UseKind.IndexOrReturn:
        if (kind === UseKind.IndexOrReturn && term?.kind === 'return' && atTerminator) break;
        if (moved.check(location, place, 'use', true, span)) break;
        checkInit(f, cx, location, place, span, sink);
        accesses.access(place, 'deep', COPY);
        break;
      case UseKind.Move:
        if (moved.check(location, place, 'use', true, span)) break;
        checkInit(f, cx, location, place, span, sink);
        checkMoveOut(f, cx.hasDropImpl ?? (() => false), location, place, span, sink);
        accesses.access(place, 'deep', MOVE);
        break;
      case UseKind.Inspect:
        if (moved.check(location, place, 'use', true, span)) break;
        checkInit(f, cx, location, place, span, sink);
        accesses.access(place, 'shallow', COPY);
        break;
      case UseKind.FakeRead: {
        // rustc's `let _ = x` and `match x { _ => … }` only mention the place: no use after move there.
        if (moved.check(location, place, 'use', true, span, false)) break;
        checkInit(f, cx, location, place, span, sink);
        // A `match` reads its scrutinee where it is written, before any arm inspects it.
        const s = data.statements[location.index];
        if (s?.kind === 'fakeRead' && s.cause === 'forMatchedPlace') accesses.access(place, 'shallow', COPY);
        break;
      }
      case UseKind.FakeBorrow:
        checkInit(f, cx, location, place, span, sink);
        break;
      case UseKind.SharedBorrow: case UseKind.MutBorrow: case UseKind.TwoPhaseBorrow:
        if (moved.check(location, place, 'borrow', true, span)) break;
        checkInit(f, cx, location, place, span, sink);
        if (kind !== UseKind.SharedBorrow) checkMutable(f, cx, location, place, span, 'borrow', sink);
        accesses.access(place, 'deep', kind === UseKind.SharedBorrow ? SHARED_BORROW : kind === UseKind.MutBorrow ? MUT_BORROW : RESERVATION);
        break;
      case UseKind.Store:
        if (place.projection.length > 0 && moved.check(location, place, 'assignPart', false, span)) break;
        checkMutable(f, cx, location, place, span, 'assign', sink);
        accesses.access(place, 'shallow', ASSIGN);
        break;
      case UseKind.Drop:
        if (term?.kind !== 'drop') break;
        if (term.reason === 'assignment') accesses.access(place, 'drop', ASSIGN);
        else if (term.reason === 'scopeEnd' || term.reason === 'temporary') accesses.access(place, 'drop', { kind: 'storageDead', reason: term.reason });
        break;
      case UseKind.StorageDead:
        accesses.access(place, 'shallow', STORAGE_DEAD);
        break;
      default:
        break;
    }
  }
  // Returning ends the parameters' storage too, which MIR leaves implicit (rustc's borrowck
  // checks the loans of locals still live at `return`): a returned borrow of a parameter.
  if (term?.kind === 'return' && atTerminator) {
    for (let local = 1; local <= f.body.argCount; local++) accesses.access({ local, projection: [] }, 'shallow', STORAGE_DEAD);
  }
  if (f.borrows.activatedAt.size === 0) return;
  for (const loan of f.borrows.activatedAt.get(locationKey(location)) ?? []) {
    accesses.access(f.borrows.loans[loan]!.borrowed, 'deep', { kind: 'activation', loan });
  }
}

function checkInit(f: BodyFacts, cx: BorrowckContext, location: Location, place: Place, span: Span, sink: ErrorSink): void {
  const decl = f.body.localDecls[place.local]!;
  if (decl.kind !== 'user' || !decl.name) return;
  if (!cx.declaredWithoutValue(decl.span)) return;
  uninitialized(f, location, place, span, sink);
}

/** E0381 for a `let` without a value. Apart from `checkInit`, which runs at every use: its closures would be made at each. */
function uninitialized(f: BodyFacts, location: Location, place: Place, span: Span, sink: ErrorSink): void {
  const local = place.local;
  const decl = f.body.localDecls[local]!;
  const md = f.moves;
  const path = md.nearest(place);
  if (!f.init.maybeUninit.has(location, path)) return;
  // A value a move-out may have taken is E0382's (movedUse.ts runs first); partial initialisation has errors of its own.
  if (md.initsOfLocal[local]!.some((i) => md.paths[md.inits[i]!.path]!.place.projection.length > 0)) return;
  const definitely = !f.init.maybeInit.has(location, path);
  const how = definitely ? "isn't initialized" : 'is possibly-uninitialized';
  sink.once(`uninit${local}`, () => ({
    code: 'E0381', span, message: `used binding \`${decl.name}\` ${how}`,
    label: `\`${describePlace(f.body, place) ?? decl.name}\` used here but it ${how}`,
    related: [{ span: decl.span, message: 'binding declared here but left uninitialized' }],
  }));
}

/** Whether the local may hold a value here (so a write is a second assignment, not an initialisation). */
function everInitialized(f: BodyFacts, location: Location, local: number): Span | undefined {
  const counts = f.moveCounts;
  const inits = counts.inits[local]!;
  if (inits === 0) return undefined;
  // The usual `let x = …;`: the local's one assignment, here, cannot have happened before it
  // unless a path leads from it back to it without ending its storage (`initReachesItself`).
  // Most bodies need no other answer, and this one costs no analysis (nor move paths).
  if (inits === 1) {
    const block = counts.initBlock[local]!;
    if (block === location.block && counts.initIndex[local] === location.index) {
      if (!f.cfg.onCycle(block) || !initReachesItself(f.cfg, local, block, location.index)) return undefined;
      const data = f.body.basicBlocks[block]!;
      return location.index < data.statements.length ? data.statements[location.index]!.span : data.terminator!.span;
    }
  }
  const state = f.init.everInit.at(location);
  for (const i of f.moves.initsOfLocal[local]!) if (state.has(i)) return f.moves.inits[i]!.span;
  return undefined;
}

function checkMutable(f: BodyFacts, cx: BorrowckContext, location: Location, place: Place, span: Span, action: 'assign' | 'borrow', sink: ErrorSink): void {
  const why = immutability(f.body, place);
  if (!why) return;
  const text = describePlace(f.body, place);
  if (!text) {
    if (why.kind === 'sharedRef') throughSharedDeref(f, why.reference, span, action, sink);
    return;
  }
  if (why.kind === 'local') {
    const decl = f.body.localDecls[why.local]!;
    if (!decl.name || (decl.kind !== 'user' && decl.kind !== 'arg')) return;
    const first = decl.kind === 'arg' ? decl.span : everInitialized(f, location, why.local);
    if (!first) return;
    if (action === 'assign' && place.projection.length === 0) {
      if (decl.kind === 'arg') {
        sink.report({ code: 'E0384', span, message: `cannot assign to immutable argument \`${decl.name}\``, label: 'cannot assign to immutable argument', related: [] });
      } else {
        // A binding that got its value from a pattern (`let x = 0;`, `for x in …`) is labelled at
        // the binding, as rustc does; a `let x;` at the assignment that first gave it a value.
        const at = cx.declaredWithoutValue(decl.span) ? first : decl.span;
        sink.report({
          code: 'E0384', span, message: `cannot assign twice to immutable variable \`${decl.name}\``, label: 'cannot assign twice to immutable variable',
          related: [{ span: at, message: `first assignment to \`${decl.name}\`` }],
        });
      }
      return;
    }
    const what = `\`${text}\``;
    const tail = place.projection.length === 0 ? 'as it is not declared as mutable' : `as \`${decl.name}\` is not declared as mutable`;
    sink.report(action === 'assign'
      ? { code: 'E0594', span, message: `cannot assign to ${what}, ${tail}`, label: 'cannot assign', related: [] }
      : { code: 'E0596', span, message: `cannot borrow ${what} as mutable, ${tail}`, label: 'cannot borrow as mutable', related: [] });
    return;
  }
  if (why.kind !== 'sharedRef') return;
  // Through a `Fn` closure's `&` environment: rustc names the captured variable and the kind.
  const captured = why.reference.projection.length === 0 ? capturedVariable(f.body, place, true) : undefined;
  if (captured) {
    const tail = `as it is a captured variable in a \`${captured.closureKind}\` closure`;
    const where = [
      ...(captured.decl ? [{ span: captured.decl, message: `\`${captured.name}\` declared here, outside the closure` }] : []),
      { span: f.body.span, message: 'in this closure' },
    ];
    sink.report(action === 'assign'
      ? { code: 'E0594', span, message: `cannot assign to \`${captured.name}\`, ${tail}`, label: 'cannot assign', related: where }
      : { code: 'E0596', span, message: `cannot borrow \`${captured.name}\` as mutable, ${tail}`, label: 'cannot borrow as mutable', related: where });
    return;
  }
  const reference = describePlace(f.body, why.reference);
  if (!reference) return;
  const direct = why.reference.projection.length === 0;
  sink.report(action === 'assign'
    ? {
        code: 'E0594', span, message: `cannot assign to \`${text}\`, which is behind a \`&\` reference`,
        label: direct ? `\`${reference}\` is a \`&\` reference, so it cannot be written to` : 'cannot assign', related: [],
      }
    : {
        code: 'E0596', span, message: `cannot borrow \`${text}\` as mutable, as it is behind a \`&\` reference`,
        label: direct ? `\`${reference}\` is a \`&\` reference, so it cannot be borrowed as mutable` : 'cannot borrow as mutable', related: [],
      });
}

/** Through what an `Rc`'s or `Arc`'s `Deref` hands out: rustc names the pointer, not the temporary. */
function throughSharedDeref(f: BodyFacts, reference: Place, span: Span, action: 'assign' | 'borrow', sink: ErrorSink): void {
  const source = contentSource(f, reference, false);
  if (!source?.overloaded || !source.text.startsWith('an ')) return;
  sink.report(action === 'assign'
    ? { code: 'E0594', span, message: `cannot assign to data in ${source.text}`, label: 'cannot assign', related: [] }
    : { code: 'E0596', span, message: `cannot borrow data in ${source.text} as mutable`, label: 'cannot borrow as mutable', related: [] });
}
