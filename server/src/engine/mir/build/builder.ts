// The state of building one body: its locals, its blocks, the block being filled, and what the
// lowering of expressions, statements and patterns shares (the front end's tables, the type
// properties). The concerns themselves live beside it, one file each, as in rustc_mir_build.
import type { FrontEnd } from '../../frontEnd';
import type * as A from '../../syntax/ast';
import type { CapturePlace } from '../../typeck/capturePlace';
import type { Names } from '../../typeck/names';
import type { FnDef } from '../../typeck/defs';
import type { Def, Ty } from '../../typeck/ty';
import { ERROR } from '../../typeck/ty';
import type {
  BasicBlock, BasicBlockData, Body, Local, LocalDecl, Operand, Place, ProjectionElem, Rvalue, Statement, StatementKind, Terminator, TerminatorKind,
} from '../syntax';
import { DEREF, place } from '../syntax';
import { Scopes } from './scope';
import type { TyProps } from '../../typeck/tyProps';

/** What every body of one file shares. */
export interface BuildContext {
  readonly fe: FrontEnd;
  readonly names: Names;
  readonly props: TyProps;
  /** Bodies of the closures found while building, in the order found. */
  readonly closures: Body[];
  /** Each closure's type with its captures' types (the checker's lists none), by the closure's `Def`. */
  readonly closureTys: Map<Def, Ty>;
  /** The function being built, whose generic scope its closures share (a parameter's bounds). */
  readonly fn: FnDef;
  /** Its generic parameters that its bounds make `Copy`: copied, never moved, never dropped. */
  readonly copyParams: ReadonlySet<Ty>;
  /** The `let`s and closure expressions lowered so far, in the whole program. */
  readonly lowered: LoweredSource;
  /** std types the desugarings name at every use, interned on first use (so in the interner's order of before). */
  readonly stdTys: StdTys;
}

export interface StdTys {
  arguments?: Ty;
  argument?: Ty;
  strRef?: Ty;
  template?: Ty;
}

/**
 * The source constructs the borrow checker reads besides the MIR (`borrowck/sourceFacts.ts`): the
 * `let`s, closures and struct literals,
 * gathered as the builder meets them, so that no second walk of the file looks for them.
 */
export interface LoweredSource {
  readonly lets: A.LetStmt[];
  readonly closures: A.ClosureExpr[];
  readonly structs: A.StructExpr[];
}

/** A break or continue target: the loop's scope depth, where each goes, and the break value's place. */
export interface LoopScope {
  readonly label: string | undefined;
  readonly depth: number;
  readonly breakBlock: BasicBlock;
  readonly continueBlock: BasicBlock;
  readonly dest: Place;
}

/** How a captured place is reached from inside a closure's body. */
export interface Upvar {
  readonly index: number;
  readonly byRef: boolean;
  readonly ty: Ty;
  readonly place: CapturePlace;
  /** The environment `_1` is the closure itself (an `FnOnce` body), not a reference to it. */
  readonly envByValue: boolean;
  /** Its field of the environment, made on first use (every use of the upvar projects it). */
  field?: ProjectionElem;
}

/** The upvar's field of the environment: `(*_1).i`, or `_1.i` in an `FnOnce` body. */
export function upvarField(up: Upvar): ProjectionElem[] {
  // Named as the source names the captured place, which is how rustc's messages name it.
  const field = (up.field ??= { kind: 'field', index: up.index, name: capturedPlaceText(up.place), ty: up.ty });
  return up.envByValue ? [field] : [DEREF, field];
}

/** `tx`, `p.x`, `*r`, `(*r).y`: a captured place as Rust writes it. */
function capturedPlaceText(p: CapturePlace): string {
  let text = p.name;
  let pendingDeref = false;
  for (const proj of p.projections) {
    if (proj.kind === 'deref') {
      if (pendingDeref) text = `*${text}`;
      pendingDeref = true;
      continue;
    }
    text = pendingDeref ? `(*${text}).${proj.name}` : `${text}.${proj.name}`;
    pendingDeref = false;
  }
  return pendingDeref ? `*${text}` : text;
}

export class Builder {
  readonly localDecls: LocalDecl[] = [];
  readonly basicBlocks: BasicBlockData[] = [];
  readonly unsupported: { span: A.Span; what: string }[] = [];
  /** The binding (an `IdentPat` or `SelfParam` id) → its local. */
  readonly bindings = new Map<A.NodeId, Local>();
  readonly loops: LoopScope[] = [];
  private readonly localPaths: ({ readonly kind: 'local'; readonly place: Place } | undefined)[] = [];
  readonly scopes: Scopes;
  /** The block statements are appended to. */
  current: BasicBlock;
  returnBlock: BasicBlock;
  /** Inside a closure body: the captured places and how they are reached through `_1`. */
  upvars: readonly Upvar[] | undefined;
  closureCount = 0;
  /** While lowering a `let` initialiser: the block scope its extended temporaries live in. */
  extendTo: number | undefined;
  /** The type checker's results and interner, read at nearly every node (fields, not getters through the front end). */
  readonly results: FrontEnd['types']['results'];
  readonly tcx: FrontEnd['types']['program']['tcx'];

  constructor(
    readonly cx: BuildContext,
    readonly def: Def,
    readonly span: A.Span,
    returnTy: Ty,
  ) {
    const types = cx.fe.types;
    this.results = types.results;
    this.tcx = types.program.tcx;
    this.localDecls.push({ kind: 'return', mutable: true, ty: returnTy, span });
    this.scopes = new Scopes(this);
    this.current = this.newBlock();
    this.returnBlock = this.newBlock();
    this.terminate(this.returnBlock, { kind: 'return' }, span);
  }

  // ------------------------------------------------------------------ types

  exprTy(e: A.Expr): Ty {
    return this.results.exprTypes.get(e.id) ?? ERROR;
  }

  placeTy(p: Place): Ty {
    let ty = this.localDecls[p.local]?.ty ?? ERROR;
    const projection = p.projection;
    for (let i = 0; i < projection.length; i++) {
      const elem = projection[i]!;
      switch (elem.kind) {
        case 'deref': ty = derefTy(ty) ?? ERROR; break;
        case 'field': ty = elem.ty; break;
        case 'index': case 'constantIndex': ty = ty.k === 'array' || ty.k === 'slice' ? ty.elem : ERROR; break;
        case 'subslice': break;
        case 'downcast': break;
      }
    }
    return ty;
  }

  // ------------------------------------------------------------------ locals

  /** A local as a value path (`ValuePath`'s `local`), one object per local. */
  localPath(local: Local): { readonly kind: 'local'; readonly place: Place } {
    let path = this.localPaths[local];
    if (path === undefined) this.localPaths[local] = path = { kind: 'local', place: place(local) };
    return path;
  }

  newLocal(decl: LocalDecl): Local {
    this.localDecls.push(decl);
    return this.localDecls.length - 1;
  }

  /** A temporary: live from here, dead (and dropped if `drop`) when the current temporary scope ends. */
  temp(ty: Ty, span: A.Span, drop = false): Local {
    const local = this.newLocal({ kind: 'temp', mutable: true, ty, span });
    this.storageLive(local, span);
    this.scopes.scheduleTemp(local, span, drop);
    return local;
  }

  operandOf(p: Place): Operand {
    return this.cx.props.isCopy(this.placeTy(p), this.cx.copyParams) ? { kind: 'copy', place: p } : { kind: 'move', place: p };
  }

  // ------------------------------------------------------------------ blocks

  newBlock(isCleanup = false): BasicBlock {
    this.basicBlocks.push({ statements: [], terminator: undefined, isCleanup });
    return this.basicBlocks.length - 1;
  }

  /** Appends the statement; `kind` is a fresh object of the caller's, which becomes the statement (a copy would cost a spread per statement). */
  push(kind: StatementKind, span: A.Span): void {
    const data = this.basicBlocks[this.current];
    if (!data) return;
    (kind as { span?: A.Span }).span = span;
    data.statements.push(kind as Statement);
  }

  // Statements are made whole, their span among their first properties: a property added later
  // would give each its own backing store.
  storageLive(local: Local, span: A.Span): void {
    this.basicBlocks[this.current]?.statements.push({ kind: 'storageLive', local, span });
  }

  storageDead(local: Local, span: A.Span): void {
    this.basicBlocks[this.current]?.statements.push({ kind: 'storageDead', local, span });
  }

  assign(dest: Place, rvalue: Rvalue, span: A.Span): void {
    if (rvalue.kind === 'aggregate') {
      const operands = rvalue.operands;
      for (let i = 0; i < operands.length; i++) {
        const o = operands[i]!;
        if (o.kind === 'move' && o.place.projection.length === 0) this.scopes.recordMoved(o.place.local);
      }
    }
    this.basicBlocks[this.current]?.statements.push({ kind: 'assign', place: dest, rvalue, span });
  }

  /** `kind` may carry its span already (made whole, as a call's is); it becomes the terminator. */
  terminate(block: BasicBlock, kind: TerminatorKind | Terminator, span: A.Span): void {
    const data = this.basicBlocks[block];
    if (!data || data.terminator) return;
    (kind as { span?: A.Span }).span = span;
    data.terminator = kind as BasicBlockData['terminator'];
  }

  /** Ends the current block with `kind` and continues in `next` (a fresh block when omitted). */
  terminateAndContinue(kind: TerminatorKind, span: A.Span, next?: BasicBlock): void {
    this.terminate(this.current, kind, span);
    this.current = next ?? this.newBlock();
  }

  goto(target: BasicBlock, span: A.Span): void {
    this.terminate(this.current, { kind: 'goto', target, span }, span);
  }

  /** After `return`, `break`, `continue` or a call that returns `!`: code that follows is unreachable. */
  diverged(): void {
    this.current = this.newBlock();
  }

  unsupportedAt(span: A.Span, what: string): void {
    this.unsupported.push({ span, what });
  }

  finish(argCount: number): Body {
    for (let i = 0; i < this.basicBlocks.length; i++) {
      const b = this.basicBlocks[i]!;
      // A block nothing reaches and nothing ended (the code after a `return`) ends unreachable.
      if (!b.terminator) b.terminator = { kind: 'unreachable', span: this.span };
    }
    return { def: this.def, span: this.span, argCount, localDecls: this.localDecls, basicBlocks: this.basicBlocks, unsupported: this.unsupported };
  }
}

/** The type `*p` has for a pointer-like `p` (`&T`, `*T`, `Box<T>`), or undefined. */
export function derefTy(ty: Ty): Ty | undefined {
  if (ty.k === 'ref' || ty.k === 'ptr') return ty.inner;
  if (ty.k === 'adt' && ty.def.std && ty.def.name === 'Box') return ty.args[0];
  return undefined;
}

export { place };
