// The three initialisation analyses rustc's borrow checker runs over move paths: maybe
// initialised (a drop or a use may find a value), maybe uninitialised (a use may find none:
// E0381, E0382), and ever initialised (an immutable local was already assigned: E0384).
import type { Statement, Terminator } from '../mir/syntax';
import type { BitSet } from './bitSet';
import type { Cfg, Location } from './cfg';
import { type Analysis, iterateToFixpoint, type Results } from './dataflow';
import { locationKey, type MoveData } from './movePaths';

/** What an effect does to a path: the state gains it, loses it, or (an initialisation on a call's return edge only) neither. */
type Effect = 'add' | 'delete' | 'none';

// Indexed loops here and below, not `for … of`: these run at every location of every pass, mostly
// in V8's interpreter, where each step of an array's iterator allocates its result.
function apply(state: BitSet, paths: readonly number[], effect: Effect): void {
  const words = state.words;
  if (effect === 'add') {
    for (let i = 0; i < paths.length; i++) words[paths[i]! >>> 5]! |= 1 << (paths[i]! & 31);
  } else if (effect === 'delete') {
    for (let i = 0; i < paths.length; i++) words[paths[i]! >>> 5]! &= ~(1 << (paths[i]! & 31));
  }
}

/** Applies a location's move-outs and initialisations to a state over move paths. */
function pathEffects(md: MoveData, state: BitSet, location: Location, onMove: Effect, onInit: Effect): void {
  const key = locationKey(location);
  const moves = onMove === 'none' ? undefined : md.movesAt.get(key);
  if (moves) for (let m = 0; m < moves.length; m++) apply(state, md.subtree(md.moves[moves[m]!]!.path), onMove);
  const inits = onInit === 'none' ? undefined : md.initsAt.get(key);
  if (inits) for (let i = 0; i < inits.length; i++) apply(state, md.subtree(md.inits[inits[i]!]!.path), onInit);
}

function storageEffect(md: MoveData, state: BitSet, s: Statement, effect: Effect): void {
  if (s.kind === 'storageDead' || s.kind === 'storageLive') apply(state, md.subtree(md.roots[s.local]!), effect);
}

abstract class PathAnalysis implements Analysis {
  readonly direction = 'forward';
  readonly domainSize: number;
  constructor(protected readonly md: MoveData) {
    this.domainSize = md.paths.length;
  }
  abstract initialize(entry: BitSet): void;
  abstract statementEffect(state: BitSet, statement: Statement, location: Location): void;
  abstract terminatorEffect(state: BitSet, terminator: Terminator, location: Location): void;
}

export class MaybeInitialized extends PathAnalysis {
  initialize(entry: BitSet): void {
    for (let a = 1; a <= this.md.body.argCount; a++) apply(entry, this.md.subtree(this.md.roots[a]!), 'add');
  }
  statementEffect(state: BitSet, s: Statement, location: Location): void {
    storageEffect(this.md, state, s, 'delete');
    pathEffects(this.md, state, location, 'delete', 'add');
  }
  terminatorEffect(state: BitSet, t: Terminator, location: Location): void {
    pathEffects(this.md, state, location, 'delete', t.kind === 'call' ? 'none' : 'add');
  }
  callReturnEffect(state: BitSet, _t: Terminator, location: Location): void {
    pathEffects(this.md, state, location, 'none', 'add');
  }
}

export class MaybeUninitialized extends PathAnalysis {
  initialize(entry: BitSet): void {
    entry.fill();
    for (let a = 1; a <= this.md.body.argCount; a++) apply(entry, this.md.subtree(this.md.roots[a]!), 'delete');
  }
  statementEffect(state: BitSet, s: Statement, location: Location): void {
    storageEffect(this.md, state, s, 'add');
    pathEffects(this.md, state, location, 'add', 'delete');
  }
  terminatorEffect(state: BitSet, t: Terminator, location: Location): void {
    pathEffects(this.md, state, location, 'add', t.kind === 'call' ? 'none' : 'delete');
  }
  callReturnEffect(state: BitSet, _t: Terminator, location: Location): void {
    pathEffects(this.md, state, location, 'none', 'delete');
  }
}

/** Over initialisations (not paths): which assignments may have happened and still count. */
export class EverInitialized implements Analysis {
  readonly direction = 'forward';
  readonly domainSize: number;
  constructor(private readonly md: MoveData) {
    this.domainSize = md.inits.length;
  }
  initialize(entry: BitSet): void {
    this.md.inits.forEach((init, i) => {
      if (init.location === 'entry') entry.add(i);
    });
  }
  statementEffect(state: BitSet, s: Statement, location: Location): void {
    // A `let` in a loop body is a fresh variable on every iteration: its storage ending forgets
    // the assignment, so the next iteration's is not a second one.
    if (s.kind === 'storageDead') {
      const inits = this.md.initsOfLocal[s.local]!;
      for (let i = 0; i < inits.length; i++) state.delete(inits[i]!);
    }
    this.initsAt(state, location);
  }
  terminatorEffect(state: BitSet, t: Terminator, location: Location): void {
    if (t.kind === 'call') return;
    this.initsAt(state, location);
  }
  callReturnEffect(state: BitSet, _t: Terminator, location: Location): void {
    this.initsAt(state, location);
  }
  private initsAt(state: BitSet, location: Location): void {
    const inits = this.md.initsAt.get(locationKey(location));
    if (inits) for (let i = 0; i < inits.length; i++) state.add(inits[i]!);
  }
}

/**
 * The three analyses' results, each computed on its first use: every access asks whether its
 * place may be uninitialised, but only a `let` without a value (E0381) or a second assignment
 * (E0384) asks the other two, and most bodies have neither.
 */
export class InitResults {
  private uninit: Results | undefined;
  private init: Results | undefined;
  private ever: Results | undefined;

  constructor(private readonly cfg: Cfg, private readonly md: MoveData) {}

  get maybeUninit(): Results {
    return (this.uninit ??= iterateToFixpoint(this.cfg, new MaybeUninitialized(this.md)));
  }

  get maybeInit(): Results {
    return (this.init ??= iterateToFixpoint(this.cfg, new MaybeInitialized(this.md)));
  }

  get everInit(): Results {
    return (this.ever ??= iterateToFixpoint(this.cfg, new EverInitialized(this.md)));
  }
}

/**
 * Whether a local's one initialisation, at `block`/`index`, is ever-initialised there itself
 * (`EverInitialized` at that location, without the analysis): whether a path leads from just
 * after it back to it without ending the local's storage, which forgets it (a `let` in a loop is
 * a fresh variable each iteration). A call's destination is initialised on its return edge only.
 */
export function initReachesItself(cfg: Cfg, local: number, block: number, index: number): boolean {
  const blocks = cfg.body.basicBlocks;
  const data = blocks[block]!;
  let first: readonly number[];
  if (index < data.statements.length) {
    if (endsStorage(data.statements, index + 1, data.statements.length, local)) return false;
    first = cfg.successors[block]!;
  } else {
    const t = data.terminator!;
    first = t.kind !== 'call' ? cfg.successors[block]! : t.target === undefined ? [] : [t.target];
  }
  const seen = new Uint8Array(blocks.length);
  const stack = first.slice();
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (seen[b] === 1) continue;
    seen[b] = 1;
    const statements = blocks[b]!.statements;
    if (b === block) return !endsStorage(statements, 0, Math.min(index, statements.length), local);
    if (endsStorage(statements, 0, statements.length, local)) continue;
    const next = cfg.successors[b]!;
    for (let i = 0; i < next.length; i++) if (seen[next[i]!] !== 1) stack.push(next[i]!);
  }
  return false;
}

function endsStorage(statements: readonly Statement[], from: number, to: number, local: number): boolean {
  for (let i = from; i < to; i++) {
    const s = statements[i]!;
    if (s.kind === 'storageDead' && s.local === local) return true;
  }
  return false;
}
