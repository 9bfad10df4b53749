// rustc's MoveData: one move path per local and per field path that is moved, assigned or
// dropped (`x`, `x.a`, `x.a.b`), with every move-out and every initialisation and where it
// happens. Paths stop at a dereference or an index: moving out of those is an error of its own
// (E0507, E0508), never a tracked move.
import type { Body, Place } from '../mir/syntax';
import type { Span } from '../syntax/ast';
import type { Cfg, Location } from './cfg';
import { UseKind, usesOf } from './visit';

export interface MovePath {
  readonly local: number;
  /** Field and variant projections from the local, as in the place. */
  readonly place: Place;
  readonly parent: number | undefined;
  children: readonly number[];
}

// Most locals have no field paths and one assignment or none: their lists start as this shared
// empty one and get their own on the first entry (one list per local was most of the garbage here).
const NONE: readonly number[] = [];
const WHOLE: Place['projection'] = [];

export interface MoveOut {
  readonly path: number;
  readonly location: Location;
  /** A drop deinitialises a place as a move does, but it is not a use the user wrote. */
  readonly byDrop: boolean;
}

export interface Init {
  readonly path: number;
  readonly location: Location | 'entry';
  readonly span: Span;
}

export function locationKey(l: Location): number {
  return l.block * 65536 + l.index;
}

export class MoveData {
  readonly paths: MovePath[] = [];
  readonly roots: number[] = [];
  readonly moves: MoveOut[] = [];
  readonly inits: Init[] = [];
  readonly movesAt = new Map<number, number[]>();
  readonly initsAt = new Map<number, number[]>();
  readonly initsOfLocal: (readonly number[])[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(readonly body: Body, cfg: Cfg) {
    for (let local = 0; local < body.localDecls.length; local++) {
      this.roots.push(this.addPath(local, WHOLE, undefined));
      this.initsOfLocal.push(NONE);
    }
    for (let a = 1; a <= body.argCount; a++) this.addInit(this.roots[a]!, 'entry', body.localDecls[a]!.span);
    const uses = usesOf(body);
    const order = cfg.reversePostOrder;
    for (let o = 0; o < order.length; o++) {
      const block = order[o]!;
      const data = body.basicBlocks[block]!;
      const n = data.statements.length;
      for (let index = 0; index <= n; index++) {
        if (index === n && !data.terminator) break;
        const span = index < n ? data.statements[index]!.span : data.terminator!.span;
        for (let i = uses.begin(block, index), end = uses.end(block, index); i < end; i++) this.gather(uses.kind(i), uses.place(i), block, index, span);
      }
    }
  }

  /** The path of exactly this place, if it is tracked. */
  find(place: Place): number | undefined {
    if (place.projection.length === 0) return this.roots[place.local];
    const n = trackedLength(place);
    if (n !== place.projection.length) return undefined;
    return this.byKey.get(key(place.local, place, n));
  }

  /** The longest tracked prefix of the place (at least its local's path). */
  nearest(place: Place): number {
    if (place.projection.length === 0) return this.roots[place.local]!;
    for (let n = trackedLength(place); n > 0; n--) {
      const p = this.byKey.get(key(place.local, place, n));
      if (p !== undefined) return p;
    }
    return this.roots[place.local]!;
  }

  private readonly subtrees: (readonly number[] | undefined)[] = [];

  /** `descendants(path)`, made once per path: the initialisation analyses ask at every move and assignment. */
  subtree(path: number): readonly number[] {
    let list = this.subtrees[path];
    if (!list) this.subtrees[path] = list = this.paths[path]!.children.length === 0 ? [path] : this.descendants(path);
    return list;
  }

  /** The path and every path below it. */
  descendants(path: number, out: number[] = []): number[] {
    out.push(path);
    const children = this.paths[path]!.children;
    for (let i = 0; i < children.length; i++) this.descendants(children[i]!, out);
    return out;
  }

  private gather(kind: UseKind, place: Place, block: number, index: number, span: Span): void {
    if (kind === UseKind.Move || kind === UseKind.Drop) {
      const path = this.pathFor(place);
      if (path === undefined) return;
      const location = { block, index };
      this.moves.push({ path, location, byDrop: kind === UseKind.Drop });
      push(this.movesAt, locationKey(location), this.moves.length - 1);
    } else if (kind === UseKind.Store) {
      const path = this.pathFor(place);
      if (path !== undefined) this.addInit(path, { block, index }, span);
    }
  }

  private addInit(path: number, location: Location | 'entry', span: Span): void {
    this.inits.push({ path, location, span });
    const index = this.inits.length - 1;
    if (location !== 'entry') push(this.initsAt, locationKey(location), index);
    const local = this.paths[path]!.local;
    const list = this.initsOfLocal[local]!;
    if (list === NONE) this.initsOfLocal[local] = [index];
    else (list as number[]).push(index);
  }

  /** Creates the paths of the place and its prefixes; undefined when the place is behind a pointer or an index. */
  private pathFor(place: Place): number | undefined {
    if (place.projection.length === 0) return this.roots[place.local];
    const n = trackedLength(place);
    if (n !== place.projection.length) return undefined;
    let path = this.roots[place.local]!;
    for (let i = 1; i <= n; i++) path = this.byKey.get(key(place.local, place, i)) ?? this.addPath(place.local, place.projection.slice(0, i), path);
    return path;
  }

  private addPath(local: number, projection: Place['projection'], parent: number | undefined): number {
    const index = this.paths.length;
    this.paths.push({ local, place: { local, projection }, parent, children: NONE });
    if (parent !== undefined) {
      const p = this.paths[parent]!;
      if (p.children === NONE) p.children = [index];
      else (p.children as number[]).push(index);
    }
    // A local's own path is `roots[local]`: only projections need a key.
    if (projection.length > 0) this.byKey.set(key(local, { local, projection }, projection.length), index);
    return index;
  }
}

/** How many leading projections a move path can follow: fields and variants only. */
function trackedLength(place: Place): number {
  let n = 0;
  const projection = place.projection;
  while (n < projection.length && (projection[n]!.kind === 'field' || projection[n]!.kind === 'downcast')) n++;
  return n;
}

function key(local: number, place: Place, n: number): string {
  let k = `${local}`;
  for (let i = 0; i < n; i++) {
    const e = place.projection[i]!;
    k += e.kind === 'field' ? `.${e.index}` : e.kind === 'downcast' ? `@${e.variant}` : '?';
  }
  return k;
}

function push(map: Map<number, number[]>, k: number, v: number): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
