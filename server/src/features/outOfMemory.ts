// A run that outgrew the simulation worker's heap leaves no trace behind (the worker is gone). The
// document still gets one, ending `unsupported` at its entry function, so the editor says what
// happened where the run began instead of an internal error or silence.
import { StepTable } from '../../../protocol/stepTable';
import { TRACE_VERSION } from '../../../protocol/trace';
import type { Trace } from '../../../protocol/trace';
import type { Tree } from '../engine/parse/parser';

/** Where the run began: the `fn main` item (1-based), else the top of the file. */
function entryPosition(tree: Tree): { line: number; column: number } {
  for (const node of tree.rootNode.namedChildren) {
    if (node?.type === 'function_item' && node.childForFieldName('name')?.text === 'main') {
      return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
    }
  }
  return { line: 1, column: 1 };
}

/** Rust's main thread (the simulator itself is not part of the server's bundle). */
const MAIN_STACK_BYTES = 8 * 1024 * 1024;

/**
 * `lower`: what the user can lower to see the run's beginning, in the words of the client (the
 * editor's settings, the CLI's options).
 */
export function outOfMemoryTrace(file: string, tree: Tree, limitMb: number, lower = 'rustMemory.maxSteps or rustMemory.maxHeapBytes'): Trace {
  return notRunTrace(file, tree, `a run that needs more than the simulator's ${limitMb} MiB of memory; lower ${lower} to see its beginning`);
}

/** A run the worker could not make (`what` says why), ending `unsupported` at the entry function. */
export function notRunTrace(file: string, tree: Tree, what: string): Trace {
  const at = entryPosition(tree);
  return {
    version: TRACE_VERSION,
    file,
    entry: 'main',
    steps: new StepTable(),
    output: [],
    leaks: [],
    end: { kind: 'unsupported', status: 2, what, ...at },
    threads: [{ id: 0, name: 'main', stackBudget: MAIN_STACK_BYTES }],
    checkpoints: [],
    snapshots: [],
  };
}
