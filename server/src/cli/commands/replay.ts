// `rustmem replay`: one self-contained HTML file that replays a run with the Memory Inspector's
// own renderer, for a browser, a course page or a book. It needs no network and opens from disk.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliCommand, CliIO } from '../command';
import { UsageError } from '../command';
import type { Trace } from '../../../../protocol/trace';
import { TRACE_VERSION } from '../../../../protocol/trace';
import { decodeTrace, isTraceColumns } from '../../../../protocol/traceColumns';
import { readReplayAssets, replayPage } from '../../replayPage';
import { traceWithPermissions, TRACE_MAX_STEPS } from '../traceFile';
import { programSource, SNIPPET_OPTION } from '../programSource';
import { AS_IF_OPTION, budgetOf, LIMIT_OPTIONS, parseProgramArgs, type ProgramArgs } from '../programArgs';
import { readFailure } from '../readFailure';

/** Where pages go without `-o`, relative to the working directory. */
export const DEFAULT_DIR = 'rustmem-replay';

const USAGE = `Usage: rustmem replay [-o OUT.html] [--as-if-accepted] [--max-steps N] [--max-ms N] [--max-heap N] [--snippet N] FILE

Simulates FILE and writes one HTML file that replays the run step by step: the source with the
current line, the stack (frames, variables, sizes, moves), the heap (blocks, capacities, Rc counts,
RefCell borrows), pointers as arrows, the events of each step, the output and the leaks. The page
holds everything it needs (no network access) and opens from disk in any browser.

FILE may also be a trace written by \`rustmem trace --json\` (a .json file); its program text is
shown when the file the trace names is found next to it.

Options:
  -o, --output OUT  Where to write the page (default: rustmem-replay/NAME.html in the working
                    directory, created if needed; never beside FILE in the source tree)
  --max-steps N     Stop the simulation after N steps (default ${TRACE_MAX_STEPS.toLocaleString('en-US')})
${LIMIT_OPTIONS.replace(/^( {2}--max-\S+ N) {4}/gm, '$1      ').replace(/\n {18}/g, '\n                    ')}
${SNIPPET_OPTION.replace(/^  --snippet N   /, '  --snippet N     ').replace(/\n {18}/g, '\n                    ')}
${AS_IF_OPTION.replace(/\n {18}/g, '\n                    ')}
  -h, --help        Print this help

In the page: ← → step, Shift+→ steps over calls, Shift+↑ steps out, Home and End jump, Space plays;
the address ends with #step=N so a link can point at a step.

Exit status: 0 when the page was written, 2 for a usage error, a file that cannot be read or
written, or a .json file that is not a trace.
`;

/** `-o OUT` / `--output OUT` / `--output=OUT`: where the page goes. */
function parseArgs(args: string[]): ProgramArgs & { out: string | undefined } {
  let out: string | undefined;
  const program = parseProgramArgs(args, TRACE_MAX_STEPS, (a, i) => {
    const arg = a[i]!;
    if (arg.startsWith('--output=')) {
      out = arg.slice('--output='.length);
      return i;
    }
    if (arg !== '-o' && arg !== '--output') return undefined;
    out = a[i + 1];
    if (!out) throw new UsageError(`\`${arg}\` needs a file name`);
    return i + 1;
  });
  return { ...program, out };
}

/** The trace in a file `rustmem trace --json` wrote, or undefined. */
function readTrace(text: string): Trace | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isTraceColumns(parsed) && Array.isArray(parsed.output) && typeof parsed.end === 'object' ? decodeTrace(parsed) : undefined;
  } catch {
    return undefined;
  }
}

export const replayCommand: CliCommand = {
  name: 'replay',
  summary: 'Write a self-contained HTML page that replays the run step by step',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const options = parseArgs(args);
    const input = path.resolve(io.cwd, options.file);
    let text: string;
    try {
      text = fs.readFileSync(input, 'utf8');
    } catch (error) {
      io.stderr(`rustmem replay: cannot read ${options.file}: ${readFailure(error)}\n`);
      return 2;
    }
    let trace: Trace;
    let source: string | undefined;
    if (path.extname(input).toLowerCase() === '.json') {
      const read = readTrace(text);
      if (!read) {
        io.stderr(`rustmem replay: ${options.file} is not a trace written by \`rustmem trace --json\` (version ${TRACE_VERSION})\n`);
        return 2;
      }
      trace = read;
      const beside = path.resolve(path.dirname(input), path.basename(trace.file));
      source = fs.existsSync(beside) ? fs.readFileSync(beside, 'utf8') : undefined;
    } else {
      // A Markdown block keeps the file's line numbers: the page shows the whole file around it.
      const run = await traceWithPermissions(options.file, programSource(options.file, text, options.snippet), budgetOf(options), (m) => io.stderr(`rustmem replay: ${m}\n`));
      if (run.trace.end.kind === 'rejected') {
        io.stderr(run.stderr);
        return 2;
      }
      trace = run.trace;
      source = text;
      if (trace.asIfAccepted) io.stderr(run.stderr.split('\n')[0]! + '\n');
    }
    // Without -o the page goes to a folder of its own in the working directory: written beside
    // FILE it would land in the source tree (and in the editor's file list).
    const out = options.out ?? path.join(DEFAULT_DIR, `${path.basename(options.file, path.extname(options.file))}.html`);
    const html = replayPage({ trace, source }, readReplayAssets());
    try {
      if (options.out === undefined) fs.mkdirSync(path.resolve(io.cwd, DEFAULT_DIR), { recursive: true });
      fs.writeFileSync(path.resolve(io.cwd, out), html);
    } catch (error) {
      io.stderr(`rustmem replay: cannot write ${out}: ${readFailure(error)}\n`);
      return 2;
    }
    const leaks = trace.leaks.length ? `, ${trace.leaks.length} leaked block${trace.leaks.length === 1 ? '' : 's'}` : '';
    io.stdout(`wrote ${out}: ${trace.steps.length} step${trace.steps.length === 1 ? '' : 's'}${leaks}\n`);
    return 0;
  },
};
