// The hover section "memory after this line": the variables of the frame that ran the line with
// their sizes, the heap blocks by type with counts, and a link that opens the Memory Inspector at
// that step. Markdown; program text goes in code spans with backticks neutralised.
import { UNKNOWN_SIZE, type HeapBlockState, type Trace } from '../../../../protocol/trace';
import { replayState } from '../../../../protocol/replay';
import { firstStepAtLine } from '../../../../protocol/navigation';
import { INSPECT_MEMORY_COMMAND, type InspectMemoryArgs } from '../../../../protocol/webview';

/** At most this many variables and block kinds are listed; the panel has the rest. */
const MAX_ROWS = 12;

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const kib = n / 1024;
  if (kib < 1024) return `${kib.toFixed(kib < 10 ? 1 : 0).replace(/\.0$/, '')} KiB`;
  return `${(kib / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
}

/** A code span that holds any text (CommonMark: a longer backtick fence than any run inside). */
export function code(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function blockKinds(blocks: readonly HeapBlockState[]): string[] {
  const byType = new Map<string, { count: number; size: number }>();
  for (const b of blocks) {
    const k = byType.get(b.type) ?? { count: 0, size: 0 };
    k.count++;
    k.size += b.size;
    byType.set(b.type, k);
  }
  return [...byType].map(([type, k]) => `${code(type)} ×${k.count} (${bytes(k.size)})`);
}

/** The command link that opens the panel at `step` of the document `uri`. */
export function inspectLink(uri: string, step: number, line: number): string {
  const args: InspectMemoryArgs = [uri, { step, line }];
  return `command:${INSPECT_MEMORY_COMMAND}?${encodeURIComponent(JSON.stringify(args))}`;
}

/**
 * The last step of the first run of the line at `step`: the steps of the calls it makes, up to the
 * step before its own frame (or a shallower one) moves on. `let x = make();` binds `x` only when
 * `make` returns, so the state "after the line" is the one at that step, not at the line's first.
 */
function endOfLine(trace: Trace, step: number): number {
  const at = trace.steps.at(step)!;
  let last = step;
  for (let i = step + 1; i < trace.steps.length; i++) {
    const s = trace.steps.at(i)!;
    if (s.thread === at.thread && s.depth <= at.depth) break;
    last = i;
  }
  return last;
}

/**
 * The section for 1-based `line`, or `undefined` when the line never ran. `inspectLink`: end with
 * the `command:` link to the panel (only an editor that runs such links wants it).
 */
export function memoryHover(trace: Trace, uri: string, line: number, { inspectLink: withLink }: { inspectLink: boolean }): string | undefined {
  const step = firstStepAtLine(trace, line);
  if (step === undefined) return undefined;
  let runs = 0;
  for (let i = 0; i < trace.steps.length; i++) if (trace.steps.line(i) === line) runs++;
  const at = trace.steps.at(step)!;
  const after = endOfLine(trace, step);
  const state = replayState(trace, after);
  const frames = state.frames.filter((f) => f.thread === at.thread);
  // The frame that ran the line (its depth counts from the thread's first frame), not a callee's.
  const frame = frames[Math.min(at.depth, frames.length) - 1];
  const out: string[] = [];
  const when = runs > 1 ? `, the first of ${runs} times it runs` : '';
  out.push(`**Memory after line ${line}** (step ${after + 1} of ${trace.steps.length}${when})`);
  if (frame) {
    const stackUse = frames.reduce((s, f) => s + f.size, 0);
    const vars = frame.vars.slice(0, MAX_ROWS).map((v) => {
      const moved = v.moved ? ` (moved to ${code(v.moved.to)})` : ` = ${code(shorten(v.value))}`;
      return `- ${code(`${v.name}: ${v.type}`)} ${v.size === UNKNOWN_SIZE ? 'size unknown' : bytes(v.size)}${moved}`;
    });
    if (frame.vars.length > MAX_ROWS) vars.push(`- … ${frame.vars.length - MAX_ROWS} more`);
    out.push(`Stack: frame ${code(frame.fn)} ${bytes(frame.size)}, ${frames.length} frame${frames.length === 1 ? '' : 's'} ${bytes(stackUse)} in all`);
    if (vars.length > 0) out.push(vars.join('\n'));
  } else {
    out.push('Stack: no frames');
  }
  const heapBytes = state.blocks.reduce((s, b) => s + b.size, 0);
  const kinds = blockKinds(state.blocks);
  out.push(
    state.blocks.length === 0
      ? 'Heap: empty'
      : `Heap: ${state.blocks.length} block${state.blocks.length === 1 ? '' : 's'}, ${bytes(heapBytes)}: ${kinds.slice(0, MAX_ROWS).join(', ')}${kinds.length > MAX_ROWS ? ', …' : ''}`,
  );
  if (withLink) out.push(`[Open the Memory Inspector at line ${line}](${inspectLink(uri, step, line)})`);
  return out.join('\n\n');
}
