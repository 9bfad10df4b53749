// Runs a program the way its annotations ask: `// @mem entry` picks the function, `// @mem stack`
// the main thread's budget, and `// @mem snapshot` points become `trace.snapshots`. Every front
// end that simulates a user's file (the language server's worker, `rustmem check/run/trace/replay`)
// goes through here, so the annotations mean the same everywhere.
import { simulate, tooLongToSimulate } from '../sim';
import type { SimulateOptions, SimulateResult } from '../sim';
import { parseRust } from '../parse/parser';
import type { Tree } from '../parse/parser';
import { parseAnnotations } from './collect';
import { withSnapshots } from './snapshots';

/**
 * `simulate` with the annotations of `source` applied. Options given explicitly (a CLI flag)
 * win over annotations. `tree`, when given, must be the tree of `source`.
 */
export function simulateAnnotated(source: string, options: SimulateOptions, tree?: Tree): SimulateResult {
  // Not parsed just to be refused.
  if (tooLongToSimulate(source)) return simulate(source, options, tree);
  const own = tree ?? parseRust(source);
  try {
    const set = parseAnnotations(own);
    const entry = options.entry ?? set.entry;
    const mainStackBytes = options.mainStackBytes ?? set.mainStackBytes;
    const result = simulate(
      source,
      {
        ...options,
        ...(entry !== undefined ? { entry } : {}),
        ...(mainStackBytes !== undefined ? { mainStackBytes } : {}),
      },
      own,
    );
    return { ...result, trace: withSnapshots(result.trace, set.snapshots) };
  } finally {
    if (!tree) own.delete();
  }
}
