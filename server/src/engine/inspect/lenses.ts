// Where the Memory Inspector can be opened from the code: above the entry function (`fn main`,
// or the function after `// @mem entry`) and at each `// @mem snapshot`. Plain data; the
// language server turns each into a CodeLens that runs `rustMemory.inspectMemory`.
import type { SyntaxNode, Tree } from '../parse/parser';
import type { Trace } from '../../../../protocol/trace';
import { limitText } from '../../../../protocol/trace';
import type { InspectMemoryOptions } from '../../../../protocol/webview';
import { parseAnnotations, type AnnotationSet } from '../annotations';

export interface InspectLens {
  /** 0-based line the lens stands above. */
  line: number;
  title: string;
  /** Where the panel opens (see InspectMemoryOptions: `line` is 1-based). */
  at: InspectMemoryOptions;
}

/** The entry function's item: the one `// @mem entry` names, else a top-level `fn main`. */
export function entryFunction(tree: Tree, set: AnnotationSet): SyntaxNode | undefined {
  const name = set.entry ?? 'main';
  for (const node of tree.rootNode.namedChildren) {
    if (node?.type === 'function_item' && node.childForFieldName('name')?.text === name) return node;
  }
  return undefined;
}

function plural(n: number, one: string): string {
  return `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;
}

/** What the run did, after the lens title: `· 42 steps · 2 leaks`. */
function runSummary(trace: Trace): string {
  const parts = [plural(trace.steps.length, 'step')];
  if (trace.leaks.length > 0) parts.push(`${plural(trace.leaks.length, 'leak')}`);
  if (trace.end.kind === 'panic') parts.push('panics');
  if (trace.end.kind === 'overflow') parts.push('stack overflow');
  if (trace.end.kind === 'step-limit') parts.push(`stopped ${limitText(trace.end)}`);
  if (trace.end.kind === 'unsupported') parts.push('stops early: not simulated');
  if (trace.end.kind === 'rejected') parts.push(`not run: rustc rejects it (error[${trace.end.code}])`);
  return ` · ${parts.join(' · ')}`;
}

/**
 * The lenses of one Rust program. `trace` is its latest run (`undefined` while it runs, `null`
 * when it has nothing to run); snapshot lenses need it to know their step.
 */
export function inspectLenses(tree: Tree, trace: Trace | null | undefined, set: AnnotationSet = parseAnnotations(tree)): InspectLens[] {
  const lenses: InspectLens[] = [];
  const entry = entryFunction(tree, set);
  if (!entry || trace === null) return lenses;
  const line = entry.startPosition.row;
  lenses.push({ line, title: `▶ Inspect memory${trace ? runSummary(trace) : ''}`, at: { step: 0, line: line + 1 } });
  if (!trace) return lenses;
  for (const point of set.snapshots) {
    const snapshot = trace.snapshots.find((s) => s.line === point.line + 1);
    if (!snapshot) continue;
    const name = point.label ? `snapshot “${point.label}”` : 'snapshot';
    lenses.push({ line: point.span.start.line, title: `▶ Inspect memory at ${name} (step ${snapshot.step + 1})`, at: { step: snapshot.step, line: snapshot.line } });
  }
  return lenses;
}
