// Liveness of locals as NLL computes it for regions: a local is live where its current value may
// still be used. Writing the whole local is a definition (and so are `StorageLive`/`StorageDead`);
// any other mention, including a write through a projection (`x.f = …`, `*p = …`), is a use.
// Drops are not uses here: a destructor that could read a borrow would only make more loans live,
// and the checker never guesses an error.
import type { Body, Statement, Terminator } from '../mir/syntax';
import type { BitSet } from './bitSet';
import type { Cfg, Location } from './cfg';
import { type Analysis, iterateToFixpoint, type Results } from './dataflow';
import { type BodyUses, UseKind, usesOf } from './visit';

function apply(state: BitSet, uses: BodyUses, block: number, index: number): void {
  // Going backward, the last effect in execution order comes first.
  const { kinds, places, locals, start } = uses;
  const at = uses.first[block]! + index;
  for (let i = start[at + 1]! - 1, first = start[at]!; i >= first; i--) {
    switch (kinds[i]) {
      case UseKind.Drop: break;
      case UseKind.StorageLive: case UseKind.StorageDead: state.delete(locals[i]!); break;
      case UseKind.Store: if (places[i]!.projection.length === 0) state.delete(locals[i]!); else state.add(locals[i]!); break;
      default: state.add(locals[i]!);
    }
  }
}

export class Liveness implements Analysis {
  readonly direction = 'backward';
  readonly domainSize: number;
  private readonly uses: BodyUses;
  constructor(body: Body) {
    this.domainSize = body.localDecls.length;
    this.uses = usesOf(body);
  }
  initialize(): void {}
  statementEffect(state: BitSet, _s: Statement, l: Location): void {
    apply(state, this.uses, l.block, l.index);
  }
  terminatorEffect(state: BitSet, _t: Terminator, l: Location): void {
    apply(state, this.uses, l.block, l.index);
  }
}

/** `results.at(location)` is the set of locals live just before the location runs. */
export function liveness(cfg: Cfg): Results {
  return iterateToFixpoint(cfg, new Liveness(cfg.body));
}
