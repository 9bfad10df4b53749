// The parts of a bundle a run used, for its code cache (codeCache.ts): the cache holds the
// functions compiled by the run that wrote it, and a command's runs do not all compile the same
// ones. A `check` of a file with an entry point also builds its bodies' MIR and simulates them:
// 30 % more compiled code than a `check` without one, which a cache written by the latter lacks
// (a 4-line file with `fn main` then cost 181 ms of CPU, those functions compiled from source in
// every run, against 152 ms read from a cache that holds them). The bundle notes the parts it
// uses here; the launcher, a bundle of its own, reads them through the same process-wide symbol
// and writes the cache again when a run used a part its writer had not.
const PARTS = Symbol.for('rustmem.codeCacheParts');

type WithParts = typeof globalThis & { [PARTS]?: Set<string> };

/** Notes that this run uses `part` of the bundle (one word: `simulation`). */
export function useCodeCachePart(part: string): void {
  ((globalThis as WithParts)[PARTS] ??= new Set()).add(part);
}

/** The parts noted so far in this process. */
export function codeCachePartsUsed(): ReadonlySet<string> {
  return (globalThis as WithParts)[PARTS] ?? new Set();
}
