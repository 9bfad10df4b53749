// `rustmem trace`: the step-by-step record of a simulated run, as the Memory Inspector replays it.
// `--json` prints the trace as columns (protocol/traceColumns.ts, documented in the README's
// "Trace schema") with the program's permissions, as the Memory Inspector receives it;
// without it, one line per step with its events in words.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliCommand, CliIO } from '../command';
import type { Trace } from '../../../../protocol/trace';
import { rustcErrorHead } from '../../../../protocol/trace';
import { encodeTrace } from '../../../../protocol/traceColumns';
import { describeEvent, formatBytes, segmentsText } from '../../../../protocol/events';
import { traceFile, traceWithPermissions, TRACE_MAX_STEPS } from '../traceFile';
import { programSource, SNIPPET_OPTION } from '../programSource';
import { AS_IF_OPTION, budgetOf, LIMIT_OPTIONS, parseProgramArgs, type ProgramArgs } from '../programArgs';
import { readFailure } from '../readFailure';

const USAGE = `Usage: rustmem trace [--json] [--as-if-accepted] [--max-steps N] [--max-ms N] [--max-heap N] [--snippet N] FILE

Simulates FILE from its entry function (\`fn main\`, or the one after \`// @mem entry\`) and prints
what happened at each step: calls and returns, moves, borrows, drops with their reason,
allocations, reallocations and frees, output. At the end: how the run ended and what leaked.

Options:
  --json          Print the whole trace as one JSON document (see "Trace schema" in the README):
                  steps as columns (1-based positions, events, state deltas), output, leaks
                  (type, size, line, cycle), end, threads, checkpoints, snapshots, and
                  permissions (R read, W write, O own per variable and line)
  --max-steps N   Stop after N steps (default ${TRACE_MAX_STEPS.toLocaleString('en-US')}); the trace then ends with "step-limit"
${LIMIT_OPTIONS}
${SNIPPET_OPTION}
${AS_IF_OPTION}
  -h, --help      Print this help

Exit status: 0 when the trace was written (whatever the program did: its own ending is in the
trace, and a run as if accepted says so on stderr), 2 for a usage error, a file that cannot be
read, or a program rustc rejects (run without --as-if-accepted).
`;

/** `--json`: the whole trace instead of the listing. */
function parseArgs(args: string[]): ProgramArgs & { json: boolean } {
  let json = false;
  const program = parseProgramArgs(args, TRACE_MAX_STEPS, (a, i) => {
    if (a[i] !== '--json') return undefined;
    json = true;
    return i;
  });
  return { ...program, json };
}

/** Deeper steps say their depth instead of indenting further: a deep recursion would make the listing quadratic. */
const MAX_INDENT = 40;

/** The human listing: one line per step, then the output, the ending and the leaks. */
export function traceListing(trace: Trace): string {
  const width = String(trace.steps.length).length;
  const lines: string[] = [];
  const asIf = trace.asIfAccepted;
  if (asIf) lines.push(`as if accepted: rustc rejects this program (error[${asIf.code}] at line ${asIf.line}:${asIf.column}: ${asIf.message}); what follows is what that rule prevents`);
  trace.steps.forEach((s, i) => {
    const events = s.events.filter((e) => e.kind !== 'output').map((e) => segmentsText(describeEvent(e).segments));
    const indent = s.depth > MAX_INDENT ? `${'  '.repeat(MAX_INDENT - 1)}(depth ${s.depth}) ` : '  '.repeat(Math.max(0, s.depth - 1));
    lines.push(`${String(i + 1).padStart(width)}  line ${String(s.line).padEnd(4)} ${indent}${events.join('; ')}`.trimEnd());
  });
  const end = trace.end;
  lines.push(
    end.kind === 'exit'
      ? `end: exited with status ${end.status}`
      : end.kind === 'panic'
        ? `end: thread '${end.thread}' panicked at line ${end.line}: ${end.message}`
        : end.kind === 'overflow'
          ? `end: thread '${end.thread}' overflowed its stack at line ${end.line}`
          : end.kind === 'unsupported'
            ? `end: stopped at line ${end.line}: ${end.what} is not simulated`
            : end.kind === 'rejected'
              ? `end: not run: rustc would reject this program: ${rustcErrorHead(end.code)} at line ${end.line}:${end.column}: ${end.message}`
              : end.kind === 'ub'
                ? `end: undefined behaviour at line ${end.line}:${end.column}: ${end.message}`
                : `end: step limit of ${end.limit} reached at line ${end.line}`,
  );
  for (const leak of trace.leaks) {
    const cycle = leak.cycle?.length ? ` (cycle: ${leak.cycle.map((e) => `#${e.from} -${e.via}-> #${e.to}`).join(', ')})` : '';
    lines.push(`leak: #${leak.block} ${leak.type}, ${formatBytes(leak.size)}, allocated at line ${leak.line}${cycle}`);
  }
  return `${lines.join('\n')}\n`;
}

export const traceCommand: CliCommand = {
  name: 'trace',
  summary: 'Print the step-by-step trace of a simulated run (--json: the whole trace)',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const options = parseArgs(args);
    let source: string;
    try {
      source = fs.readFileSync(path.resolve(io.cwd, options.file), 'utf8');
    } catch (error) {
      io.stderr(`rustmem trace: cannot read ${options.file}: ${readFailure(error)}\n`);
      return 2;
    }
    const program = programSource(options.file, source, options.snippet);
    // Only the JSON carries permissions: the listing has no place for them.
    const { trace, stderr } = options.json
      ? await traceWithPermissions(options.file, program, budgetOf(options), (m) => io.stderr(`rustmem trace: ${m}\n`))
      : await traceFile(options.file, program, budgetOf(options));
    if (trace.end.kind === 'rejected') {
      io.stderr(stderr);
      return 2;
    }
    if (trace.asIfAccepted) io.stderr(stderr.split('\n')[0]! + '\n');
    io.stdout(options.json ? `${JSON.stringify(encodeTrace(trace))}\n` : traceListing(trace));
    return 0;
  },
};
