// Two small forward analyses the permissions need beyond the checker's own: which locals may have
// storage (a variable exists from its `StorageLive` to its `StorageDead`, so a line outside its
// scope says nothing about it), and which move-outs may have happened without the place being
// assigned again since (so a lost permission can say where the value was moved).
import type { Statement, Terminator } from '../mir/syntax';
import type { BitSet } from './bitSet';
import type { Cfg, Location } from './cfg';
import { type Analysis, iterateToFixpoint, type Results } from './dataflow';
import { locationKey, type MoveData } from './movePaths';

class MaybeStorageLive implements Analysis {
  readonly direction = 'forward';
  constructor(readonly domainSize: number, private readonly argCount: number) {}
  initialize(entry: BitSet): void {
    for (let a = 1; a <= this.argCount; a++) entry.add(a);
  }
  statementEffect(state: BitSet, s: Statement): void {
    if (s.kind === 'storageLive') state.add(s.local);
    else if (s.kind === 'storageDead') state.delete(s.local);
  }
  terminatorEffect(): void {}
}

/** `at(location)`: the locals that may exist just before `location`. */
export function storageLive(cfg: Cfg): Results {
  return iterateToFixpoint(cfg, new MaybeStorageLive(cfg.body.localDecls.length, cfg.body.argCount));
}

/** rustc's `MovingOutStatements`: a move-out reaches a location until its path is initialised again. */
class ReachingMoves implements Analysis {
  readonly direction = 'forward';
  readonly domainSize: number;
  constructor(private readonly md: MoveData) {
    this.domainSize = md.moves.length;
  }
  initialize(): void {}
  statementEffect(state: BitSet, s: Statement, location: Location): void {
    if (s.kind === 'storageLive' || s.kind === 'storageDead') this.killBelow(state, this.md.roots[s.local]!);
    this.effect(state, location, true);
  }
  terminatorEffect(state: BitSet, t: Terminator, location: Location): void {
    this.effect(state, location, t.kind !== 'call');
  }
  callReturnEffect(state: BitSet, _t: Terminator, location: Location): void {
    for (const i of this.md.initsAt.get(locationKey(location)) ?? []) this.killBelow(state, this.md.inits[i]!.path);
  }
  private effect(state: BitSet, location: Location, inits: boolean): void {
    for (const m of this.md.movesAt.get(locationKey(location)) ?? []) state.add(m);
    if (!inits) return;
    for (const i of this.md.initsAt.get(locationKey(location)) ?? []) this.killBelow(state, this.md.inits[i]!.path);
  }
  private killBelow(state: BitSet, path: number): void {
    const below = new Set(this.md.descendants(path));
    this.md.moves.forEach((m, i) => {
      if (below.has(m.path)) state.delete(i);
    });
  }
}

/** `at(location)`: the move-outs (indices into `md.moves`) that may have left a place empty there. */
export function reachingMoves(cfg: Cfg, md: MoveData): Results {
  return iterateToFixpoint(cfg, new ReachingMoves(md));
}
