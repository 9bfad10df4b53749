// The arguments every simulating command (`run`, `trace`, `replay`) shares: one FILE, the budgets
// `--max-steps N`, `--max-ms N` and `--max-heap BYTES`, `--snippet N` for Markdown, and `--` before a file name that starts with `-`. A command's own
// flags (`--json`, `-o`) are read by the hook it passes.
import { UsageError } from './command';
import { snippetArg } from './programSource';

export interface ProgramArgs {
  file: string;
  maxSteps: number;
  /** Wall-clock budget in ms (default: none). */
  maxMillis?: number;
  /** Live heap budget in bytes (default: the simulator's, 256 MiB). */
  maxHeapBytes?: number;
  snippet?: number;
  /** `--as-if-accepted`: run a program only rustc's borrow checker rejects anyway. */
  asIfAccepted?: boolean;
}

/** The budgets of one run, as the flags set them. */
export type RunBudget = Pick<ProgramArgs, 'maxSteps' | 'maxMillis' | 'maxHeapBytes' | 'asIfAccepted'>;

/** The budget fields of parsed arguments (only those given), for a `SimulateJob` or `simulate`. */
export function budgetOf(args: ProgramArgs): RunBudget {
  return {
    maxSteps: args.maxSteps,
    ...(args.maxMillis !== undefined ? { maxMillis: args.maxMillis } : {}),
    ...(args.maxHeapBytes !== undefined ? { maxHeapBytes: args.maxHeapBytes } : {}),
    ...(args.asIfAccepted ? { asIfAccepted: true } : {}),
  };
}

/** The `--as-if-accepted` help lines, for each simulating command's usage text. */
export const AS_IF_OPTION = `  --as-if-accepted
                  When only rustc's borrow checker rejects FILE (E0499, E0502, E0505, E0597,
                  E0382 …), run it anyway to show what the rule prevents: memory freed while
                  a reference still points at it, a double free, a data race. The run stops
                  at the first undefined behaviour (run: exit status 4). A program with a
                  type or name error is still refused.`;

/** The budget flags and their help lines, for each command's usage text. */
export const LIMIT_OPTIONS = `  --max-ms N      Stop after N milliseconds of simulation (default: no time limit)
  --max-heap N    Stop when the program's live heap would exceed N bytes (a K, M or G suffix
                  counts in KiB, MiB, GiB; default 256M)`;

const UNIT: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** `--max-heap N[K|M|G]`: bytes. */
export function byteCount(flag: string, value: string | undefined): number {
  const m = value !== undefined ? /^([0-9][0-9_]*)([KMG]?)(i?B)?$/i.exec(value) : null;
  const n = m ? Number(m[1]!.replace(/_/g, '')) * UNIT[m[2]!.toUpperCase()]! : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`\`${flag}\` needs a positive number of bytes (e.g. 268435456 or 256M), not \`${value ?? ''}\``);
  return n;
}

/** `--flag V` or `--flag=V` at `args[i]`: the value and the index of the last argument used. */
function valued(args: readonly string[], i: number, flag: string): { value: string | undefined; next: number } | undefined {
  const arg = args[i]!;
  if (arg === flag) return { value: args[i + 1], next: i + 1 };
  if (arg.startsWith(`${flag}=`)) return { value: arg.slice(flag.length + 1), next: i };
  return undefined;
}

/**
 * A command's own flag at `args[i]`: returns the index of the last argument it used, or undefined
 * when `args[i]` is not one of its flags.
 */
export type OwnFlag = (args: readonly string[], i: number) => number | undefined;

/** The value of `--max-steps N` (or `--max-steps=N`); digits may be grouped with `_` as in Rust. */
export function positiveInteger(flag: string, value: string | undefined): number {
  const n = value !== undefined && /^[0-9][0-9_]*$/.test(value) ? Number(value.replace(/_/g, '')) : NaN;
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`\`${flag}\` needs a positive whole number, not \`${value ?? ''}\``);
  return n;
}

export function parseProgramArgs(args: readonly string[], defaultMaxSteps: number, ownFlag: OwnFlag = () => undefined): ProgramArgs {
  let maxSteps = defaultMaxSteps;
  let maxMillis: number | undefined;
  let maxHeapBytes: number | undefined;
  let snippet: number | undefined;
  let asIfAccepted = false;
  const files: string[] = [];
  let v: ReturnType<typeof valued>;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const block = snippetArg(args, i);
    const own = block ? undefined : ownFlag(args, i);
    if (block) {
      snippet = block.snippet;
      i = block.next;
    } else if (own !== undefined) {
      i = own;
    } else if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (arg === '--as-if-accepted') {
      asIfAccepted = true;
    } else if ((v = valued(args, i, '--max-steps'))) {
      maxSteps = positiveInteger('--max-steps', v.value);
      i = v.next;
    } else if ((v = valued(args, i, '--max-ms'))) {
      maxMillis = positiveInteger('--max-ms', v.value);
      i = v.next;
    } else if ((v = valued(args, i, '--max-heap'))) {
      maxHeapBytes = byteCount('--max-heap', v.value);
      i = v.next;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option \`${arg}\``);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no input file' : 'one input file at a time');
  return {
    file: files[0]!,
    maxSteps,
    ...(maxMillis !== undefined ? { maxMillis } : {}),
    ...(maxHeapBytes !== undefined ? { maxHeapBytes } : {}),
    ...(snippet !== undefined ? { snippet } : {}),
    ...(asIfAccepted ? { asIfAccepted } : {}),
  };
}
