// Returns memory to the system when a large structure has just become garbage. V8 collects its old
// generation only when allocation asks for it, so what a closed document held (its trees, front
// end, layouts: 200 MiB after a 200 KB line of `0+1+1…`) or a long trace (a 2-second run of an
// endless loop: a hundred thousand steps, tens of MiB once read) stayed
// resident while the editor was idle, and the next analysis or run added its own peak on top: a
// fuzz session's server kept 400–650 MiB between inputs that each needed far less.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A trace of at least this many steps is worth a full collection once it is released. */
export const LARGE_TRACE_STEPS = 20_000;

/** Below this much committed heap a collection would return little: a fresh language server's thread commits about 40 MiB. */
const WORTH_COLLECTING_BYTES = 64 * 2 ** 20;

let collector: (() => void) | null | undefined;

/** V8's full collection (`gc`), exposed to a context of its own; null when the flag is refused. */
function fullCollection(): (() => void) | null {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as () => void;
    } catch {
      collector = null;
    }
  }
  return collector;
}

/** A full collection of this thread's heap now, when it has grown enough to be worth one. */
export function collectGarbage(): void {
  if (getHeapStatistics().total_heap_size > WORTH_COLLECTING_BYTES) fullCollection()?.();
}

let pending: NodeJS.Timeout | undefined;

/**
 * A full collection after the current turn of the event loop (the caller is about to drop the last
 * reference to something large), once however many ask for it in that turn.
 */
export function collectSoon(): void {
  if (pending) return;
  pending = setTimeout(() => {
    pending = undefined;
    collectGarbage();
  }, 0);
  pending.unref();
}
