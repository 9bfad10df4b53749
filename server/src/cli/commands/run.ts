// `rustmem run`: simulates a program and behaves like the compiled program — its stdout, its
// stderr for panics, its exit status — or stops with status 2 and `rustmem: unsupported: …` when
// the program uses something the simulator does not model. The run happens in the simulation
// worker (dist/simWorker.js) with a deep stack; from source (no bundle) it runs in-process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliCommand, CliIO } from '../command';
import { UsageError } from '../command';
import { DEFAULT_MAX_STEPS } from '../../engine/sim/index';
import { startSimulation } from '../simulate';
import { programSource, SNIPPET_OPTION } from '../programSource';
import { AS_IF_OPTION, budgetOf, LIMIT_OPTIONS, parseProgramArgs, type RunBudget } from '../programArgs';
import { readFailure } from '../readFailure';

const USAGE = `Usage: rustmem run [--as-if-accepted] [--max-steps N] [--max-ms N] [--max-heap N] [--snippet N] FILE

Simulates the Rust program in FILE from \`main\` and prints what the program prints, as the
program compiled by rustc (debug build) would: stdout, the panic message on stderr, and the
program's exit status (0, 101 after a panic, 134 after a stack overflow).

Options:
  --max-steps N   Stop after N steps (default ${DEFAULT_MAX_STEPS.toLocaleString('en-US').replace(/,/g, '_')}); a step is one
                  statement, loop iteration or scope end
${LIMIT_OPTIONS}
${SNIPPET_OPTION}
${AS_IF_OPTION}
  -h, --help      Print this help

Exit status: the program's, or 2 when the program uses something the simulator does not model
(\`rustmem: unsupported: <what> at FILE:LINE:COL\`), when it reaches a limit (steps, time, heap),
when rustc rejects the program (\`rustmem: rustc would reject this program: error[CODE] …\`), or
for a usage error or a file that cannot be read; 4 when a run as if accepted reaches undefined
behaviour (\`rustmem: undefined behaviour: <what> at FILE:LINE:COL\`).
`;

export const runCommand: CliCommand = {
  name: 'run',
  summary: 'Simulate a program: its output, panics and exit status, as rustc would build it',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const opts = parseProgramArgs(args, DEFAULT_MAX_STEPS);
    let source: string;
    try {
      source = fs.readFileSync(path.resolve(io.cwd, opts.file), 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${opts.file}: ${readFailure(e)}`);
    }
    source = programSource(opts.file, source, opts.snippet);
    const out = await startSimulation({ source, file: opts.file, ...budgetOf(opts), recordTrace: false });
    io.stdout(out.stdout);
    io.stderr(out.stderr);
    return out.status;
  },
};
