// What the hover over a `// @mem` annotation says: for a claim, whether it holds and what really
// happened; for the other directives, what they change. Markdown text for any front end.
import type { Trace } from '../../../../protocol/trace';
import { replayState } from '../../../../protocol/replay';
import type { Position } from '../diagnostic';
import type { Tree } from '../parse/parser';
import type { Annotation } from './directive';
import { isClaim } from './directive';
import { parseAnnotations } from './collect';
import { checkClaims } from './checkClaims';
import { layoutLookupFor } from './checks';

function bytes(n: number): string {
  const exact = (unit: number, name: string) => (n >= unit && n % unit === 0 ? ` (${n / unit} ${name})` : '');
  return `${n.toLocaleString('en-US')} bytes${exact(1024 * 1024, 'MiB') || exact(1024, 'KiB')}`;
}

/** What the stack and the heap hold when `step` is about to run, in two lines. */
function memorySummary(trace: Trace, step: number): string {
  const state = replayState(trace, step - 1);
  const frames = state.frames.map((f) => {
    const vars = f.vars.filter((v) => !v.moved).map((v) => `\`${v.name}\``);
    return `\`${f.fn}\`${vars.length ? ` (${vars.join(', ')})` : ''}`;
  });
  const live = state.blocks.filter((b) => !b.dropped);
  const heapBytes = live.reduce((sum, b) => sum + b.size, 0);
  const heap = live.length === 0 ? 'empty' : `${live.length} block${live.length === 1 ? '' : 's'}, ${heapBytes.toLocaleString('en-US')} bytes`;
  return `Stack: ${frames.length ? frames.join(' → ') : 'empty'}  \nHeap: ${heap}`;
}

/**
 * The hover text of the annotation under `position`, or undefined when there is none. `trace` is
 * the run of the same text: `undefined` while it runs, `null` when there is nothing to run.
 */
export function annotationHover(tree: Tree, text: string, trace: Trace | null | undefined, position: Position): string | undefined {
  const set = parseAnnotations(tree);
  const annotation = set.annotations.find((a) =>
    a.span.start.line === position.line && position.character >= a.span.start.character && position.character <= a.span.end.character);
  if (!annotation) return undefined;
  return `\`${annotation.text}\`\n\n${explain(annotation, tree, text, trace)}`;
}

function explain(a: Annotation, tree: Tree, text: string, trace: Trace | null | undefined): string {
  const d = a.directive;
  switch (d.kind) {
    case 'entry':
      return 'The simulation starts at the function below instead of `main`.';
    case 'stack':
      return `The main thread's stack budget is ${bytes(d.bytes)} instead of 8 MiB.`;
    case 'snapshot': {
      const line = (a.targetLine ?? a.span.start.line) + 1;
      const snap = trace?.snapshots.find((s) => s.line === line && (d.label === undefined || s.label === d.label));
      const label = d.label ?? `line ${line}`;
      if (snap) return `Snapshot **${label}**: step ${snap.step + 1} of ${trace!.steps.length}, the first step at line ${line}. When it is reached:\n\n${memorySummary(trace!, snap.step)}`;
      if (trace) return `Snapshot **${label}**: line ${line} never runs in the simulation.`;
      return `Snapshot **${label}**: the first step at line ${line}.`;
    }
    case 'size':
      return `\`${d.type}\` is taken to be ${bytes(d.size)} with align ${d.align} everywhere in this program.`;
    default: {
      if (!isClaim(d)) return '';
      const claim = { directive: d, span: a.span, text: a.text, ...(a.targetLine !== undefined ? { targetLine: a.targetLine } : {}) };
      const needsRun = d.kind !== 'expect-size';
      if (needsRun && trace === undefined) return 'Checked when the simulation finishes.';
      const set = parseAnnotations(tree);
      const inputs = needsRun ? (trace ? { trace } : {}) : { layoutOf: layoutLookupFor(tree, text, set) };
      const [verdict] = checkClaims([claim], inputs).verdicts;
      if (!verdict) return '';
      switch (verdict.status) {
        case 'confirmed': return `✓ **Confirmed**: ${verdict.message}.`;
        case 'failed': return `✗ **Does not hold**: ${verdict.message}.`;
        case 'unchecked': return `**Not checked**: ${verdict.message}.`;
      }
    }
  }
}
