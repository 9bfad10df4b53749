// The flow state of the move check: which places (a local and a field path) may have been moved
// on some path to the current point, and by which moves. Like rustc's "maybe uninitialised"
// analysis, a join keeps everything either side may have moved; each place keeps only its most
// recent moves (a re-initialisation forgets the older ones), which are what rustc reports.
import type { Span } from '../../diagnostic';
import type { Ty } from './ty';

/** A local variable (or parameter) of one function body or closure. */
export interface Local {
  id: number;
  name: string;
  ty: Ty;
  /** The binding's name in the source. */
  decl: Span;
  /** The body (function or closure) that declares it. */
  body: number;
}

/** Where a place was (or may have been) moved. */
export interface MoveSite {
  /** Identity across passes over a loop: the kind and position. */
  id: string;
  span: Span;
  /** `unknown`: something the check cannot see through may have moved it; it then stays silent. */
  kind: 'move' | 'closure' | 'unknown';
  /** What moved it, in words: `` `take` ``, "this method call", "the `for` loop". */
  label: string;
}

interface Entry {
  local: Local;
  path: string[];
  sites: Map<string, MoveSite>;
}

const keyOf = (local: Local, path: readonly string[]) => `${local.id}:${path.join('.')}`;

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}

/** The moves a use of a place runs into. */
export interface Conflict {
  /** `full`: the place (or a place containing it) was moved; `partial`: a part of it was. */
  kind: 'full' | 'partial';
  /** The moved place's field path. */
  path: string[];
  sites: MoveSite[];
}

export class MoveState {
  private entries = new Map<string, Entry>();

  clone(): MoveState {
    const copy = new MoveState();
    for (const [k, e] of this.entries) copy.entries.set(k, { local: e.local, path: e.path, sites: new Map(e.sites) });
    return copy;
  }

  /**
   * Records a move of `local.path`: the place's older moves are superseded by this one, and so
   * are those of its parts (the move is now the nearest one for all of them). A possible move
   * (`unknown`) supersedes nothing inside the place: if it did not move, the older moves still count.
   */
  move(local: Local, path: string[], site: MoveSite): void {
    if (site.kind !== 'unknown') {
      for (const [k, e] of this.entries) {
        if (e.local === local && e.path.length > path.length && isPrefix(path, e.path)) this.entries.delete(k);
      }
    }
    this.entries.set(keyOf(local, path), { local, path, sites: new Map([[site.id, site]]) });
  }

  /** An assignment re-initialises the place and everything inside it. */
  reinit(local: Local, path: readonly string[]): void {
    for (const [k, e] of this.entries) if (e.local === local && isPrefix(path, e.path)) this.entries.delete(k);
  }

  /** Forgets everything about the locals of one body (when it is left, or a closure is done). */
  forget(locals: (l: Local) => boolean): void {
    for (const [k, e] of this.entries) if (locals(e.local)) this.entries.delete(k);
  }

  conflict(local: Local, path: readonly string[]): Conflict | undefined {
    const full: Entry[] = [];
    const partial: Entry[] = [];
    for (const e of this.entries.values()) {
      if (e.local !== local) continue;
      if (isPrefix(e.path, path)) full.push(e);
      else if (isPrefix(path, e.path)) partial.push(e);
    }
    if (full.length) {
      full.sort((a, b) => b.path.length - a.path.length);
      const sites = new Map<string, MoveSite>();
      for (const e of full) for (const [id, s] of e.sites) sites.set(id, s);
      return { kind: 'full', path: full[0]!.path, sites: [...sites.values()] };
    }
    if (partial.length) {
      partial.sort((a, b) => a.path.join('.').localeCompare(b.path.join('.')));
      const first = partial[0]!;
      return { kind: 'partial', path: first.path, sites: [...first.sites.values()] };
    }
    return undefined;
  }

  /** The state after two paths meet: whatever either may have moved. */
  static join(a: MoveState | null, b: MoveState | null): MoveState | null {
    if (!a) return b?.clone() ?? null;
    if (!b) return a.clone();
    const out = a.clone();
    for (const [k, e] of b.entries) {
      const mine = out.entries.get(k);
      if (!mine) out.entries.set(k, { local: e.local, path: e.path, sites: new Map(e.sites) });
      else for (const [id, s] of e.sites) mine.sites.set(id, s);
    }
    return out;
  }

  static equal(a: MoveState | null, b: MoveState | null): boolean {
    if (!a || !b) return a === b;
    if (a.entries.size !== b.entries.size) return false;
    for (const [k, e] of a.entries) {
      const other = b.entries.get(k);
      if (!other || other.sites.size !== e.sites.size) return false;
      for (const id of e.sites.keys()) if (!other.sites.has(id)) return false;
    }
    return true;
  }
}
