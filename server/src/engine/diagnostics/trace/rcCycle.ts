// `rc-cycle` (warning): a reference cycle of `Rc`/`Arc` blocks that the simulated run leaked. It
// comes from `trace.leaks[].cycle`, so a cycle the program broke before its owners were dropped
// is not reported. The warning sits on the statement that closed the cycle (the edge made last),
// names the chain, lists each edge, and gives the leaked bytes.
import type { AnalysisContext } from '../../analysis';
import type { EngineDiagnostic, Span } from '../../diagnostic';
import type { CycleEdge, Trace } from '../../../../../protocol/trace';
import { formatBytes } from '../stack/sizes';
import { stepSpan } from './spans';
import { weakLinkFix } from '../rc/weakLinkFix';

export const RC_CYCLE = 'rc-cycle';

/** The step that made an edge: the last one at its line that changed the target's counts. */
function stepOfEdge(trace: Trace, edge: CycleEdge): number {
  let found = -1;
  trace.steps.forEach((s, i) => {
    if (s.line === edge.line && s.events.some((e) => e.kind === 'rc' && e.block === edge.to)) found = i;
  });
  if (found === -1) found = trace.steps.findIndex((s) => s.line === edge.line);
  return found;
}

/** A name for each heap block: the first variable that held a pointer to it (`a` for `Rc::new(…)` bound to `a`). */
function blockNames(trace: Trace): Map<number, string> {
  const names = new Map<number, string>();
  for (const step of trace.steps) {
    for (const d of step.deltas) {
      if (d.op !== 'set-var') continue;
      for (const p of d.var.points) {
        if (p.target.kind === 'block' && p.via === '' && !names.has(p.target.id)) names.set(p.target.id, d.var.name);
      }
    }
  }
  return names;
}

/** The name of the block an edge leaves from, and the full path of the pointer (`a.next`). */
function edgeNames(edge: CycleEdge, names: Map<number, string>): { owner: string; path: string } {
  const owner = names.get(edge.from);
  if (owner) return { owner, path: edge.via ? `${owner}.${edge.via}` : owner };
  // The recorder may already give the full path (`a.next`).
  const head = edge.via.split(/[.[]/)[0];
  return { owner: head && head !== edge.via ? head : `block ${edge.from}`, path: edge.via || `block ${edge.from}` };
}

function withFix(fix: ReturnType<typeof weakLinkFix>): { fixes?: EngineDiagnostic['fixes'] } {
  return fix ? { fixes: [fix] } : {};
}

export function rcCycles(ctx: AnalysisContext, trace: Trace): EngineDiagnostic[] {
  const out: EngineDiagnostic[] = [];
  const seen = new Set<string>();
  const sizes = new Map(trace.leaks.map((l) => [l.block, l]));
  const blockName = trace.leaks.some((l) => l.cycle?.length) ? blockNames(trace) : new Map<number, string>();
  for (const leak of trace.leaks) {
    const cycle = leak.cycle;
    if (!cycle?.length) continue;
    const key = [...new Set(cycle.flatMap((e) => [e.from, e.to]))].sort((a, b) => a - b).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    // The statement that closed the cycle: the edge made last. Start the chain from its owner.
    const steps = cycle.map((e) => stepOfEdge(trace, e));
    let closing = 0;
    steps.forEach((s, i) => {
      if (s > steps[closing]!) closing = i;
    });
    const ordered = [...cycle.slice(closing), ...cycle.slice(0, closing)];
    const named = ordered.map((e) => edgeNames(e, blockName));
    const names = named.map((n) => n.owner);
    const chain = [...names, names[0]].join(' → ');
    const blocks = key.split(',').map(Number);
    const bytes = blocks.reduce((sum, b) => sum + (sizes.get(b)?.size ?? 0), 0);
    const arc = blocks.some((b) => /^Arc|ArcInner/.test(sizes.get(b)?.type ?? ''));
    const closingStep = trace.steps.at(steps[closing]!);
    const edge = cycle[closing]!;
    const span: Span = closingStep
      ? stepSpan(closingStep)
      : { start: { line: edge.line - 1, character: 0 }, end: { line: edge.line - 1, character: 0 } };
    const totalLeaked = trace.leaks.reduce((sum, l) => sum + l.size, 0);
    out.push({
      span,
      severity: 'warning',
      code: RC_CYCLE,
      message:
        `This closes a reference cycle: ${chain}. ${blocks.length === 1 ? 'It holds a strong' : 'Each holds a strong'} \`${arc ? 'Arc' : 'Rc'}\` ` +
        `${blocks.length === 1 ? 'to itself' : 'to the next'}, so no strong count ever reaches zero: ` +
        `${blocks.length === 1 ? `the block (${formatBytes(bytes)}) is` : `the ${blocks.length} blocks of the cycle (${formatBytes(bytes)}) are`} never freed` +
        `${totalLeaked > bytes ? `, and with what they own ${formatBytes(totalLeaked)} leak in all` : ''}, and their destructors never run. ` +
        `Hold one link of the cycle as \`Weak\` (\`${arc ? 'Arc' : 'Rc'}::downgrade\`), or break the cycle (e.g. \`take()\` the link) before the owners go out of scope.`,
      related: ordered.map((e, i) => {
        const made = trace.steps.at(stepOfEdge(trace, e));
        return {
          span: made ? stepSpan(made) : { start: { line: e.line - 1, character: 0 }, end: { line: e.line - 1, character: 0 } },
          message: `\`${named[i]!.path}\` holds a strong reference to ${names[(i + 1) % names.length]}`,
        };
      }),
      ...withFix(weakLinkFix(ctx.tree, ctx.text, named[0]!.path)),
    });
  }
  return out;
}
