// `large-stack-frame` (warning): a function whose frame, estimated from its locals, reaches
// `rustMemory.largeFrameThreshold` (default 512000 bytes, clippy's stack-size-threshold). The
// estimate is a lower bound (see frames.ts), so a report is never an overstatement.
import type { AnalysisContext } from '../../analysis';
import type { EngineDiagnostic, Span } from '../../diagnostic';
import type { FnItem } from '../../syntax/ast';
import { estimateFrame, functionsOf } from './frames';
import { formatBytes, spanOf, typeEnvOf } from './sizes';

export const LARGE_STACK_FRAME = 'large-stack-frame';

export function nameSpan(fn: FnItem): Span {
  return spanOf(fn.name);
}

export function largeStackFrames(ctx: AnalysisContext): EngineDiagnostic[] {
  const env = typeEnvOf(ctx.tree, ctx.text);
  const threshold = ctx.settings.largeFrameThreshold;
  const out: EngineDiagnostic[] = [];
  for (const { fn, scope } of functionsOf(env)) {
    const frame = estimateFrame(env, fn, scope);
    if (frame.size < threshold) continue;
    const name = fn.name.name;
    const biggest = frame.locals.slice(0, 3);
    out.push({
      span: nameSpan(fn),
      severity: 'warning',
      code: LARGE_STACK_FRAME,
      message:
        `The stack frame of \`${name}\` is at least ${formatBytes(frame.size)}, at or above the ${formatBytes(threshold)} limit ` +
        `(rustMemory.largeFrameThreshold). Biggest locals: ${biggest.map((l) => `\`${l.name}\` ${formatBytes(l.size)} (line ${l.span.start.line + 1})`).join(', ')}. ` +
        `Every call of \`${name}\` needs this much stack (8 MiB for the main thread, 2 MiB for a spawned one); keep large data on the heap (\`Vec\`, \`Box\`).`,
      related: biggest.map((l) => ({ span: l.span, message: `\`${l.name}\`: ${formatBytes(l.size)} (\`${l.typeText}\`)` })),
    });
  }
  return out;
}
