// Every diagnostic code, where it must appear and where it must not, on programs whose real
// behaviour was recorded from rustc (test/golden/**: E0382 lines for borrowck/, stdout, stderr and
// exit status for programs/, the out-of-scope list for unsupported/). The same table is checked in
// each front end — `rustmem check --json` (test/cli), `rustmem lsp --stdio` (test/lsp) and VS Code
// itself (test/e2e) — and each row lists ALL diagnostics of its file, so a code that shows up
// anywhere else fails the row.

export interface MatrixRow {
  /** Path under test/golden/. */
  file: string;
  /** Every diagnostic of the file after its simulated run: `code@line:column`, 1-based, in order. */
  expect: string[];
  /** Why the row is there, in words (the test title). */
  why: string;
}

export const DIAGNOSTIC_MATRIX: readonly MatrixRow[] = [
  // use-after-move: rustc's E0382 line, for each way of moving; silent where rustc compiles.
  { file: 'borrowck/move_fn_arg.rs', expect: ['use-after-move@9:17'], why: 'a value moved into a function, then borrowed' },
  { file: 'borrowck/move_in_loop.rs', expect: ['use-after-move@9:14'], why: 'moved in an earlier iteration of a loop' },
  { file: 'borrowck/move_in_branch_param.rs', expect: ['use-after-move@13:9'], why: 'moved on one branch only' },
  { file: 'borrowck/move_closure_move.rs', expect: ['use-after-move@6:20'], why: 'moved into a `move` closure' },
  { file: 'borrowck/move_method_self.rs', expect: ['use-after-move@26:31'], why: 'moved by a `self` method receiver' },
  { file: 'borrowck/partial_move.rs', expect: ['use-after-move@12:22'], why: 'a partial move, then the whole' },
  { file: 'borrowck/ok_copy_types.rs', expect: [], why: '`Copy` values are copied, not moved' },
  { file: 'borrowck/ok_reinit.rs', expect: [], why: 'a moved variable assigned again' },
  { file: 'borrowck/ok_clone.rs', expect: [], why: '`clone()` instead of a move' },
  { file: 'borrowck/ok_references.rs', expect: [], why: 'references borrow, they do not move' },
  // rc-cycle from the run; rc-cycle-possible from the types alone.
  { file: 'programs/runtime/leak_rc_cycle.rs', expect: ['rc-cycle-possible@7:8', 'rc-cycle@32:9'], why: 'an Rc cycle that leaks' },
  { file: 'programs/runtime/leak_arc_cycle.rs', expect: ['rc-cycle-possible@6:8', 'rc-cycle@28:5'], why: 'an Arc cycle that leaks' },
  { file: 'programs/runtime/leak_rc_cycle_broken.rs', expect: [], why: 'links held as Weak: nothing leaks' },
  { file: 'programs/runtime/rc_tree_weak_parent.rs', expect: [], why: 'a tree whose parents are Weak' },
  // Arrays on the stack, Box::new of a large value, large frames, overflow.
  { file: 'programs/diagnostics/large_array_ok.rs', expect: ['large-stack-array@10:20', 'box-stack-temporary@11:17'], why: '64 KiB on the stack and through Box::new (it fits)' },
  { file: 'programs/diagnostics/large_array_fixed.rs', expect: [], why: 'the same buffers built on the heap' },
  { file: 'programs/diagnostics/large_array_overflow.rs', expect: ['stack-overflow@2:1', 'large-stack-frame@2:4', 'large-stack-array@3:15'], why: 'a 16 MiB array: the frame does not fit main\'s 8 MiB' },
  { file: 'programs/diagnostics/box_temporary_overflow.rs', expect: ['stack-overflow@2:1', 'large-stack-frame@2:4', 'box-stack-temporary@3:13'], why: 'Box::new of 16 MiB overflows before it reaches the heap' },
  { file: 'programs/diagnostics/box_temporary_fixed.rs', expect: [], why: 'the 16 MiB boxed from a vec!' },
  // Recursion: the depth each thread allows, the overflow found by the run and statically.
  { file: 'programs/diagnostics/recursion_overflow.rs', expect: ['recursion-depth@2:4', 'stack-overflow@7:9', 'stack-overflow@12:20'], why: 'recursion past main\'s 8 MiB' },
  { file: 'programs/diagnostics/recursion_ok.rs', expect: ['recursion-depth@2:4'], why: 'recursion that fits' },
  { file: 'programs/diagnostics/thread_recursion_overflow.rs', expect: ['recursion-depth@4:4', 'stack-overflow@9:9', 'stack-overflow@15:30'], why: 'recursion past a spawned thread\'s 2 MiB' },
  // Reallocation in loops.
  { file: 'programs/diagnostics/realloc_loop.rs', expect: ['realloc-in-loop@6:9', 'realloc-in-loop@11:9'], why: 'a Vec and a String growing in loops' },
  { file: 'programs/diagnostics/realloc_with_capacity.rs', expect: [], why: 'the same loops after with_capacity' },
  // How a run ends.
  { file: 'programs/diagnostics/panic_index.rs', expect: ['panic@6:21'], why: 'an index out of bounds panics' },
  { file: 'programs/runtime/refcell_conflict_mut.rs', expect: ['panic@13:22'], why: 'a second borrow_mut panics' },
  { file: 'unsupported/union.rs', expect: ['unsupported@2:1'], why: 'a construct the simulator does not model' },
  { file: 'programs/core/stack_overflow.rs', expect: ['recursion-depth@8:4', 'unsupported@12:5'], why: 'the editor\'s step limit reached before the end' },
  { file: 'programs/core/hello.rs', expect: [], why: 'a program with nothing to report' },
];

/** Every code the matrix covers: each must have a row where it appears and one where it must not. */
export const MATRIX_CODES = [
  'use-after-move', 'rc-cycle', 'rc-cycle-possible', 'large-stack-array', 'box-stack-temporary',
  'large-stack-frame', 'stack-overflow', 'recursion-depth', 'realloc-in-loop', 'panic', 'unsupported',
] as const;

/** `code@line:column` (1-based) of a diagnostic whose range start is 0-based, as LSP and VS Code give it. */
export function matrixKey(code: string, line0: number, character0: number): string {
  return `${code}@${line0 + 1}:${character0 + 1}`;
}
