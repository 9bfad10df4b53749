// E0373: a closure that borrows a variable of this function is handed to something that may
// outlive the call: `thread::spawn` (its closure must be `'static`) or the function's caller
// (the closure is returned). rustc reports it at the closure, suggesting `move`.
import type { Operand, Place, Terminator } from '../mir/syntax';
import type { FnDef } from '../typeck/defs';
import type { Span } from '../syntax/ast';
import type { Location } from './cfg';
import type { BorrowError, ErrorSink } from './errors';
import type { BodyFacts } from './facts';
import { describePlace } from './places';

/** `std::thread::spawn`, whose closure must be `'static`. */
export function isThreadSpawn(func: Operand): boolean {
  if (func.kind !== 'constant' || func.constant.value.kind !== 'fn') return false;
  const def = func.constant.value.def as Partial<FnDef>;
  return def.std === true && def.name === 'spawn' && def.kind === 'fn' && !def.node?.sig.selfParam && (def.path === undefined || def.path.includes('thread'));
}

/** The closure aggregate that made `local`, with its statement's location. */
function closureOf(f: BodyFacts, local: number): { location: Location; operands: readonly Operand[]; uses: readonly Span[] } | undefined {
  for (let block = 0; block < f.body.basicBlocks.length; block++) {
    const statements = f.body.basicBlocks[block]!.statements;
    for (let index = 0; index < statements.length; index++) {
      const s = statements[index]!;
      if (s.kind === 'assign' && s.place.local === local && s.place.projection.length === 0 && s.rvalue.kind === 'aggregate' && s.rvalue.aggregate.kind === 'closure') {
        return { location: { block, index }, operands: s.rvalue.operands, uses: s.rvalue.aggregate.uses ?? [] };
      }
    }
  }
  return undefined;
}

/** The first loan a closure's captures hold of a place this function owns (not behind a reference). */
function ownedCapture(f: BodyFacts, closure: { location: Location; operands: readonly Operand[]; uses: readonly Span[] }): { loan: number; name: string; use: Span } | undefined {
  const after = { block: closure.location.block, index: closure.location.index };
  for (const [i, o] of closure.operands.entries()) {
    if (o.kind === 'constant') continue;
    for (const l of f.borrows.loans) {
      if (!f.regions.holds(after, o.place.local, l.index)) continue;
      if (l.borrowed.projection.some((e) => e.kind === 'deref')) continue;
      const decl = f.body.localDecls[l.borrowed.local]!;
      if (decl.kind !== 'user' && decl.kind !== 'arg') continue;
      const name = describePlace(f.body, { local: l.borrowed.local, projection: [] } as Place);
      if (name) return { loan: l.index, name, use: closure.uses[i] ?? l.span };
    }
  }
  return undefined;
}

export function closureOutlives(f: BodyFacts, closureLocal: number): BorrowError | undefined {
  const closure = closureOf(f, closureLocal);
  if (!closure) return undefined;
  const captured = ownedCapture(f, closure);
  if (!captured) return undefined;
  const data = f.body.basicBlocks[closure.location.block]!;
  const span = data.statements[closure.location.index]!.span;
  return {
    code: 'E0373', span,
    message: `closure may outlive the current function, but it borrows \`${captured.name}\`, which is owned by the current function`,
    label: `may outlive borrowed value \`${captured.name}\``,
    related: [{ span: captured.use, message: `\`${captured.name}\` is borrowed here` }],
  };
}

export function checkSpawn(f: BodyFacts, t: Terminator, sink: ErrorSink): void {
  if (t.kind !== 'call' || !isThreadSpawn(t.func)) return;
  for (const a of t.args) {
    if (a.kind === 'constant' || a.place.projection.length > 0) continue;
    const e = closureOutlives(f, a.place.local);
    if (e) sink.report(e);
  }
}
