// The borrow checker of one MIR body: every access of every reachable location checked for
// initialisation (E0381), mutability (E0384, E0594, E0596) and conflicts with the loans live
// there (conflicts.ts). A body the builder could not fully model, or with a type the checker
// could not know, is not checked at all: a false error is worse than silence.
import type { Body, Place, Statement } from '../mir/syntax';
import type * as A from '../syntax/ast';
import type { Span } from '../syntax/ast';
import type { FnDef } from '../typeck/defs';
import { someTy, type Def, type Ty } from '../typeck/ty';
import type { BitSet } from './bitSet';
import type { Location } from './cfg';
import { type Access, checkAccess } from './conflicts';
import type { ClosureSource } from './capturedLoans';
import { capturedVariable } from './capturedVariable';
import { checkClosureRegions } from './closureRegions';
import { contentSource } from './contentSource';
import { type BorrowError, ErrorSink } from './errors';
import { bodyFacts, type BodyFacts } from './facts';
import type { CallSignatures } from './loanFlow';
import { locationKey } from './movePaths';
import { immutability } from './mutability';
import { checkMoveOut } from './moveOut';
import { MovedUses } from './movedUse';
import { checkNamedRegions } from './namedRegions';
import { checkSpawn } from './outlives';
import { checkParamRegions } from './paramRegions';
import { checkStaticArgs } from './staticArgs';
import { checkStaticFields, checkStaticFieldStores } from './staticFields';
import { type AccessDepth, describePlace, placeTy } from './places';
import { elisionFails } from './signatures';
import { type PlaceUse, usesOf } from './visit';

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
  for (const data of body.basicBlocks) {
    locations += data.statements.length + 1;
    for (const s of data.statements) if (s.kind === 'assign' && s.rvalue.kind === 'ref') refs++;
  }
  if (locations * body.localDecls.length * Math.max(1, refs / 16) > MAX_STATE_BITS) return 'a body too large to check';
  for (const d of body.localDecls) if (isUnknown(d.ty)) return 'a local of unknown type';
  const def = body.def as Partial<FnDef>;
  if (def.kind === 'fn' && def.node && elisionFails(def as FnDef)) return 'a result lifetime that elision cannot resolve (E0106)';
  // An operator on a struct is a trait method call (`PartialEq::eq(&a, &b)`): as a built-in
  // operator its operands would be moved, and the checker would see moves that never happen.
  for (const data of body.basicBlocks) {
    for (const s of data.statements) {
      if (s.kind !== 'assign' || (s.rvalue.kind !== 'binaryOp' && s.rvalue.kind !== 'unaryOp')) continue;
      const operands = s.rvalue.kind === 'binaryOp' ? [s.rvalue.left, s.rvalue.right] : [s.rvalue.operand];
      for (const o of operands) {
        const ty = o.kind === 'constant' ? o.constant.ty : placeTy(body, o.place);
        if (!ty || !isPrimitive(ty)) return 'an operator on a value that is not a primitive';
      }
    }
  }
  return undefined;
}

// Types are interned, and the same few (`i32`, `&str`, `String`, `()`) type most locals of a file.
const unknownTys = new WeakMap<Ty, boolean>();

function isUnknown(ty: Ty): boolean {
  let unknown = unknownTys.get(ty);
  if (unknown === undefined) unknownTys.set(ty, (unknown = someTy(ty, (t) => t.k === 'error' || t.k === 'infer')));
  return unknown;
}

function isPrimitive(ty: Ty): boolean {
  return ty.k === 'int' || ty.k === 'float' || ty.k === 'bool' || ty.k === 'char' || ty.k === 'ptr' || (ty.k === 'ref' && isPrimitive(ty.inner));
}

export function borrowck(body: Body, cx: BorrowckContext): BorrowError[] {
  if (uncheckable(body)) return [];
  const f = bodyFacts(body, cx.calls);
  const sink = new ErrorSink();
  const moved = new MovedUses(f);
  const uses = usesOf(body);
  for (const block of f.cfg.reversePostOrder) {
    const data = body.basicBlocks[block]!;
    if (data.isCleanup) continue;
    data.statements.forEach((s, index) => {
      checkStaticFields(f, s, { block, index }, sink, cx.closures);
      checkLocation(f, cx, { block, index }, uses.at(block, index), s.span, sink, moved);
    });
    if (data.terminator) {
      checkLocation(f, cx, f.cfg.terminatorLocation(block), uses.at(block, data.statements.length), data.terminator.span, sink, moved);
      checkSpawn(f, data.terminator, sink);
      checkStaticArgs(f, data.terminator, f.cfg.terminatorLocation(block), sink);
      checkStaticFieldStores(f, cx.calls, data.terminator, f.cfg.terminatorLocation(block), sink);
    }
  }
  checkParamRegions(f, cx.calls, sink);
  checkNamedRegions(f, cx.calls, sink, cx.letAnnotation);
  if ((body.def as Partial<FnDef>).kind !== 'fn') checkClosureRegions(f, cx.letClosure?.(body.span), cx.calls, sink);
  return [...sink.errors, ...moved.errors].sort((a, b) => a.span.start - b.span.start);
}

function checkLocation(f: BodyFacts, cx: BorrowckContext, location: Location, uses: readonly PlaceUse[], span: Span, sink: ErrorSink, moved: MovedUses): void {
  let scope: BitSet | undefined;
  const access = (place: Place, depth: AccessDepth, a: Access) => {
    // Only a loan can conflict with an access: a body that borrows nothing needs no regions.
    if (f.borrows.loans.length === 0) return;
    scope ??= f.regions.inScope(location);
    if (!scope.isEmpty()) checkAccess(f, { location, place, depth, access: a, span }, scope, sink, cx.closures);
  };
  const term = f.body.basicBlocks[location.block]!.terminator;
  for (const u of uses) {
    switch (u.kind) {
      case 'copy': case 'indexOrReturn':
        if (u.kind === 'indexOrReturn' && term?.kind === 'return' && location.index === f.body.basicBlocks[location.block]!.statements.length) break;
        if (moved.check(location, u.place, 'use', true, span)) break;
        checkInit(f, cx, location, u.place, span, sink);
        access(u.place, 'deep', { kind: 'copy' });
        break;
      case 'move':
        if (moved.check(location, u.place, 'use', true, span)) break;
        checkInit(f, cx, location, u.place, span, sink);
        checkMoveOut(f, cx.hasDropImpl ?? (() => false), location, u.place, span, sink);
        access(u.place, 'deep', { kind: 'move' });
        break;
      case 'inspect':
        if (moved.check(location, u.place, 'use', true, span)) break;
        checkInit(f, cx, location, u.place, span, sink);
        access(u.place, 'shallow', { kind: 'copy' });
        break;
      case 'fakeRead':
        // rustc's `let _ = x` and `match x { _ => … }` only mention the place: no use after move there.
        if (moved.check(location, u.place, 'use', true, span, false)) break;
        checkInit(f, cx, location, u.place, span, sink);
        // A `match` reads its scrutinee where it is written, before any arm inspects it.
        if (f.body.basicBlocks[location.block]!.statements[location.index]?.kind === 'fakeRead') {
          const s = f.body.basicBlocks[location.block]!.statements[location.index] as Extract<Statement, { kind: 'fakeRead' }>;
          if (s.cause === 'forMatchedPlace') access(u.place, 'shallow', { kind: 'copy' });
        }
        break;
      case 'borrow': {
        const b = u.rvalue.borrow;
        if (b !== 'fake' && moved.check(location, u.place, 'borrow', true, span)) break;
        checkInit(f, cx, location, u.place, span, sink);
        if (b === 'fake') break;
        if (b !== 'shared') checkMutable(f, cx, location, u.place, span, 'borrow', sink);
        access(u.place, 'deep', b === 'shared' ? { kind: 'sharedBorrow' } : b === 'mut' ? { kind: 'mutBorrow' } : { kind: 'reservation' });
        break;
      }
      case 'store':
        if (u.place.projection.length > 0 && moved.check(location, u.place, 'assignPart', false, span)) break;
        checkMutable(f, cx, location, u.place, span, 'assign', sink);
        access(u.place, 'shallow', { kind: 'assign' });
        break;
      case 'drop':
        if (term?.kind !== 'drop') break;
        if (term.reason === 'assignment') access(u.place, 'drop', { kind: 'assign' });
        else if (term.reason === 'scopeEnd' || term.reason === 'temporary') access(u.place, 'drop', { kind: 'storageDead', reason: term.reason });
        break;
      case 'storageDead':
        access(u.place, 'shallow', { kind: 'storageDead' });
        break;
      default:
        break;
    }
  }
  // Returning ends the parameters' storage too, which MIR leaves implicit (rustc's borrowck
  // checks the loans of locals still live at `return`): a returned borrow of a parameter.
  if (term?.kind === 'return' && location.index === f.body.basicBlocks[location.block]!.statements.length) {
    for (let local = 1; local <= f.body.argCount; local++) access({ local, projection: [] }, 'shallow', { kind: 'storageDead' });
  }
  for (const loan of f.borrows.activatedAt.get(locationKey(location)) ?? []) {
    access(f.borrows.loans[loan]!.borrowed, 'deep', { kind: 'activation', loan });
  }
}

function checkInit(f: BodyFacts, cx: BorrowckContext, location: Location, place: Place, span: Span, sink: ErrorSink): void {
  const local = place.local;
  const decl = f.body.localDecls[local]!;
  if (decl.kind !== 'user' || !decl.name) return;
  const md = f.moves;
  if (!cx.declaredWithoutValue(decl.span)) return;
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
  const inits = f.moves.initsOfLocal[local]!;
  if (inits.length === 0) return undefined;
  // The usual `let x = …;` outside a loop: the local's one assignment, here, cannot have happened
  // before it unless a path leads from it back to it. Most bodies need no other answer, and this
  // one costs no analysis.
  if (inits.length === 1) {
    const at = f.moves.inits[inits[0]!]!.location;
    if (at !== 'entry' && at.block === location.block && at.index === location.index && !f.cfg.onCycle(at.block)) return undefined;
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
