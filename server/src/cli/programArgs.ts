// The arguments every simulating command (`run`, `trace`, `replay`) shares: one FILE, `--max-steps N`,
// `--snippet N` for Markdown, and `--` before a file name that starts with `-`. A command's own
// flags (`--json`, `-o`) are read by the hook it passes.
import { UsageError } from './command';
import { snippetArg } from './programSource';

export interface ProgramArgs {
  file: string;
  maxSteps: number;
  snippet?: number;
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
  let snippet: number | undefined;
  const files: string[] = [];
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
    } else if (arg === '--max-steps') {
      maxSteps = positiveInteger(arg, args[++i]);
    } else if (arg.startsWith('--max-steps=')) {
      maxSteps = positiveInteger('--max-steps', arg.slice('--max-steps='.length));
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option \`${arg}\``);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no input file' : 'one input file at a time');
  return { file: files[0]!, maxSteps, ...(snippet !== undefined ? { snippet } : {}) };
}
