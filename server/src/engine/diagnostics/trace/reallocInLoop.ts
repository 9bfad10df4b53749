// `realloc-in-loop` (information): a `Vec` or `String` buffer that the simulated run saw grow
// (reallocate and copy) three or more times inside one loop. Growing doubles the capacity, so
// the total work stays linear, but each growth is an allocation and a copy; when the final
// length is known up front, `with_capacity(n)` allocates once.
import type { AnalysisContext } from '../../analysis';
import type { EngineDiagnostic, QuickFix, Span } from '../../diagnostic';
import type { SyntaxNode } from '../../parse/parser';
import type { Trace } from '../../../../../protocol/trace';
import { stepSpan } from './spans';

export const REALLOC_IN_LOOP = 'realloc-in-loop';
const MIN_REALLOCS = 3;
const LOOPS = ['for_expression', 'while_expression', 'loop_expression'];

interface Growth {
  step: number;
  from: number;
  to: number;
}

/** Who owns a heap block: the variable pointing at it, its type and the step that declared it. */
function ownerOf(trace: Trace, block: number): { name: string; type: string; declStep: number } | undefined {
  const firstSet = new Map<number, number>();
  for (const [i, s] of trace.steps.entries()) {
    for (const d of s.deltas) {
      if (d.op !== 'set-var') continue;
      if (!firstSet.has(d.var.id)) firstSet.set(d.var.id, i);
      if (d.var.points.some((p) => p.target.kind === 'block' && p.target.id === block && p.kind === 'owner')) {
        return { name: d.var.name, type: d.var.type, declStep: firstSet.get(d.var.id)! };
      }
    }
  }
  return undefined;
}

/** `Vec::new()` / `String::new()` in `let <name> = …;` at the declaring line: the fix target. */
function constructorAt(root: SyntaxNode, line: number, name: string): SyntaxNode | undefined {
  for (const decl of root.descendantsOfType('let_declaration')) {
    if (!decl || decl.startPosition.row !== line) continue;
    const pattern = decl.childForFieldName('pattern');
    const id = pattern?.type === 'mut_pattern' ? pattern.namedChildren.find((c) => c?.type === 'identifier') : pattern;
    const value = decl.childForFieldName('value');
    if (id?.text === name && value && /^(Vec|String)::new\(\)$/.test(value.text.replace(/\s+/g, ''))) return value;
  }
  return undefined;
}

function spanOf(n: SyntaxNode): Span {
  return { start: { line: n.startPosition.row, character: n.startPosition.column }, end: { line: n.endPosition.row, character: n.endPosition.column } };
}

export function reallocsInLoops(ctx: AnalysisContext, trace: Trace): EngineDiagnostic[] {
  const growths = new Map<number, Growth[]>();
  trace.steps.forEach((s, i) => {
    for (const e of s.events) {
      if (e.kind !== 'realloc') continue;
      const list = growths.get(e.block) ?? [];
      list.push({ step: i, from: e.fromCapacity, to: e.toCapacity });
      growths.set(e.block, list);
    }
  });
  if (growths.size === 0) return [];
  // Innermost loops first, so a nested loop is reported rather than the loop around it.
  const loops = LOOPS.flatMap((t) => ctx.tree.rootNode.descendantsOfType(t)).filter((l): l is SyntaxNode => l !== null);
  loops.sort((a, b) => a.endIndex - a.startIndex - (b.endIndex - b.startIndex));
  const out: EngineDiagnostic[] = [];
  for (const [block, list] of growths) {
    for (const loop of loops) {
      const first = loop.startPosition.row + 1;
      const last = loop.endPosition.row + 1;
      const inside = list.filter((g) => {
        const s = trace.steps.at(g.step)!;
        return s.line >= first && s.line <= last;
      });
      if (inside.length < MIN_REALLOCS) continue;
      const owner = ownerOf(trace, block);
      const kind = owner?.type.startsWith('String') ? 'String' : owner?.type.startsWith('Vec') ? 'Vec' : undefined;
      if (!owner || !kind) break;
      let finalLen: number | undefined;
      const lastStep = inside[inside.length - 1]!.step;
      const depth = trace.steps.at(lastStep)!.depth;
      for (let i = lastStep; i < trace.steps.length; i++) {
        const s = trace.steps.at(i)!;
        // Steps of functions the loop calls are deeper; the loop is left when its own frame is.
        if (s.depth <= depth && (s.line < first || s.line > last)) break;
        for (const d of s.deltas) if (d.op === 'set-block' && d.block.id === block && d.block.len !== undefined) finalLen = d.block.len;
      }
      const caps = [inside[0]!.from, ...inside.map((g) => g.to)].join(' → ');
      const n = finalLen ?? inside[inside.length - 1]!.to;
      const declStep = trace.steps.at(owner.declStep);
      const ctor = declStep ? constructorAt(ctx.tree.rootNode, declStep.line - 1, owner.name) : undefined;
      const fixes: QuickFix[] = ctor
        ? [{ title: `Allocate once: \`${kind}::with_capacity(${n})\``, edits: [{ span: spanOf(ctor), newText: `${kind}::with_capacity(${n})` }], preferred: true }]
        : [];
      out.push({
        span: stepSpan(trace.steps.at(inside[0]!.step)!),
        severity: 'information',
        code: REALLOC_IN_LOOP,
        message:
          `\`${owner.name}\` (${owner.type}) grew ${inside.length} times in this loop in the simulated run (capacity ${caps}), ` +
          `each time allocating a bigger buffer and copying the ${kind === 'String' ? 'bytes' : 'elements'} over; it ended with ${finalLen !== undefined ? `length ${finalLen}` : `capacity ${n}`}. ` +
          `If the size is known before the loop, \`${kind}::with_capacity(${n})\` allocates once.`,
        related: declStep ? [{ span: stepSpan(declStep), message: `\`${owner.name}\` is created here` }] : [],
        ...(fixes.length ? { fixes } : {}),
      });
      break;
    }
  }
  return out;
}
