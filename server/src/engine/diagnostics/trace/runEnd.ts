// How the simulated run ended, as diagnostics: `stack-overflow` (error) at the call that did not
// fit, `panic` (warning) with the panic message, `unsupported` (information) where the simulation
// stopped and why — the run's facts after that point are not shown anywhere.
import type { AnalysisContext } from '../../analysis';
import type { EngineDiagnostic } from '../../diagnostic';
import type { Trace } from '../../../../../protocol/trace';
import { limitText } from '../../../../../protocol/trace';
import { formatBytes } from '../stack/sizes';
import { spanAt, stepSpan } from './spans';
import { panicContext, panicStep } from './panicContext';

/** The setting that sets each budget of the simulation behind the editor. */
const LIMIT_SETTING = { steps: 'maxSteps', time: 'maxMillis', heap: 'maxHeapBytes' } as const;

export const STACK_OVERFLOW = 'stack-overflow';
export const PANIC = 'panic';
export const UNSUPPORTED = 'unsupported';

/** std names a spawned thread without a name `<unknown>` in its messages; say what that means. */
function threadWords(thread: string): string {
  return thread === '<unknown>' ? 'a spawned thread without a name (std calls it `<unknown>`)' : `thread \`${thread}\``;
}

export function runEndChecks(ctx: AnalysisContext, trace: Trace): EngineDiagnostic[] {
  const out: EngineDiagnostic[] = [];
  const end = trace.end;
  switch (end.kind) {
    case 'overflow':
      out.push({
        span: spanAt(trace, ctx.tree, end.line, end.column),
        severity: 'error',
        code: STACK_OVERFLOW,
        message:
          `The simulated run overflowed the stack of ${threadWords(end.thread)} here: ` +
          (end.depth > 1
            ? `${end.depth.toLocaleString('en-US')} frames were already on it, and this call's frame of ${formatBytes(end.frameSize)} did not fit in the thread's ${formatBytes(end.budget)}. `
            : `the frame of ${formatBytes(end.frameSize)} does not fit in the thread's ${formatBytes(end.budget)} at all. `) +
          `The real program aborts here with "thread '${end.thread}' has overflowed its stack" (in a debug build). ` +
          (end.depth > 1
            ? 'Recursion this deep needs a loop, an explicit stack (`Vec`), or a thread with a larger `stack_size`.'
            : 'Keep its large locals on the heap (`Vec`, `Box`), or run it on a thread with a larger `stack_size`.'),
        related: [],
      });
      break;
    case 'panic':
      out.push({
        span: spanAt(trace, ctx.tree, end.line, end.column),
        severity: 'warning',
        code: PANIC,
        message: `The simulated run panicked here (thread \`${end.thread}\`): ${end.message}. The program exits with status 101 after unwinding (dropping every live value of the thread).`,
        related: panicContext(trace, ctx.tree, panicStep(trace, end.thread, end.message), end.notes),
      });
      break;
    case 'unsupported':
      // A file that does not parse is not simulated at all; its syntax errors already say why.
      if (ctx.tree.rootNode.hasError) break;
      out.push({
        span: spanAt(trace, ctx.tree, end.line, end.column),
        severity: 'information',
        code: UNSUPPORTED,
        message: `The simulation stops here (not simulated: ${end.what}). The memory view and the run-time diagnostics cover the run up to this point only; the static checks still cover the whole file.`,
        related: [],
      });
      break;
    case 'step-limit':
      out.push({
        span: spanAt(trace, ctx.tree, end.line, end.column),
        severity: 'information',
        code: UNSUPPORTED,
        message: `The simulation stopped here ${limitText(end)} (rustMemory.${LIMIT_SETTING[end.by ?? 'steps']}) without finishing; facts after this point are not shown. Raise the limit to simulate further.`,
        related: [],
      });
      break;
    case 'rejected':
      // The front end's static check already reports rustc's error at its position.
    case 'exit':
      break;
  }
  // Panics that do not end the run (a spawned thread's, or one caught with `catch_unwind`) are
  // reported where they happened: the location the panic message names, else the step.
  const seen = new Set(out.map((d) => `${d.span.start.line}:${d.span.start.character}`));
  const mainThread = trace.threads[0]?.name ?? 'main';
  for (const [index, step] of trace.steps.entries()) {
    for (const [i, e] of step.events.entries()) {
      if (e.kind !== 'panic') continue;
      if (end.kind === 'panic' && e.thread === end.thread && e.message === end.message) continue;
      const printed = step.events.slice(i + 1).find((o) => o.kind === 'output' && o.stream === 'stderr');
      const where = printed?.kind === 'output' ? /panicked at .*:(\d+):(\d+):/.exec(printed.text) : null;
      const span = where ? spanAt(trace, ctx.tree, Number(where[1]), Number(where[2])) : stepSpan(step);
      const key = `${span.start.line}:${span.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        span,
        severity: 'warning',
        code: PANIC,
        message:
          e.thread === mainThread
            ? `The simulated run panicked here (thread \`${e.thread}\`): ${e.message}. The panic was caught (\`catch_unwind\`) after unwinding, so the run went on.`
            : `The simulated run panicked here (thread \`${e.thread}\`): ${e.message}. The thread unwinds, dropping its live values; \`join()\` on it returns \`Err\`.`,
        related: panicContext(trace, ctx.tree, index, e.notes),
      });
    }
  }
  return out;
}
