// The order in which rustc's borrow checker meets the uses of one function: it walks the MIR
// basic blocks in reverse postorder (a depth-first search that explores the successors of each
// block from last to first). When several uses run into the same moves, only the first it meets
// is reported (see checker.ts), so the check needs the same order. This builds a small control
// flow graph with MIR's successor order for each construct — `if` (else, then), `if let` and
// `match` (arms in order), `while` (exit, body), `while let` (body, exit), `for` (exit, body),
// `&&`/`||`, `?`, `break`/`continue`/`return` — and numbers its blocks the same way.
import type { Position, Span } from '../../diagnostic';
import type { SyntaxNode } from '../syntax';

interface Region {
  start: Position;
  end: Position;
  block: number;
}

interface LoopTarget {
  label: string | undefined;
  header: number;
  exit: number;
  /** A labelled block: only `break 'label` targets it. */
  block: boolean;
}

const CONTROL = new Set([
  'if_expression', 'match_expression', 'while_expression', 'loop_expression', 'for_expression', 'break_expression',
  'continue_expression', 'return_expression', 'try_expression',
]);
const OPAQUE = new Set(['closure_expression', 'function_item', 'macro_invocation', 'async_block', 'impl_item', 'mod_item']);

function pos(p: { row: number; column: number }): Position {
  return { line: p.row, character: p.column };
}

function isShortCircuit(n: SyntaxNode): boolean {
  if (n.type !== 'binary_expression') return false;
  const op = n.childForFieldName('operator')?.text ?? n.children.find((c) => c && !c.isNamed)?.text;
  return op === '&&' || op === '||';
}

function labelOf(n: SyntaxNode): string | undefined {
  return n.namedChildren.find((c) => c?.type === 'label')?.text;
}

class Cfg {
  succ: number[][] = [];
  regions: Region[] = [];
  loops: LoopTarget[] = [];
  readonly ret: number;
  private flowMemo = new Map<number, boolean>();

  constructor() {
    this.ret = this.block(); // 0 is the entry, created by the caller
  }

  block(): number {
    this.succ.push([]);
    return this.succ.length - 1;
  }

  edge(from: number | null, to: number): void {
    if (from !== null) this.succ[from]!.push(to);
  }

  region(n: SyntaxNode, block: number): void {
    this.regions.push({ start: pos(n.startPosition), end: pos(n.endPosition), block });
  }

  hasFlow(n: SyntaxNode): boolean {
    const hit = this.flowMemo.get(n.id);
    if (hit !== undefined) return hit;
    let flow = CONTROL.has(n.type) || isShortCircuit(n) || (n.type === 'block' && labelOf(n) !== undefined);
    if (!flow && !OPAQUE.has(n.type)) flow = n.namedChildren.some((c) => c !== null && this.hasFlow(c));
    this.flowMemo.set(n.id, flow);
    return flow;
  }

  /** Lowers `n` starting in block `cur`; returns the block where evaluation continues (null: it does not). */
  lower(n: SyntaxNode, cur: number | null): number | null {
    const at = cur ?? this.block(); // code after a jump: a block no path reaches
    if (!this.hasFlow(n)) {
      this.region(n, at);
      return at;
    }
    switch (n.type) {
      case 'if_expression':
        return this.lowerIf(n, at);
      case 'match_expression':
        return this.lowerMatch(n, at);
      case 'while_expression':
        return this.lowerWhile(n, at);
      case 'loop_expression': {
        const header = this.block();
        const exit = this.block();
        this.edge(at, header);
        this.loops.push({ label: labelOf(n), header, exit, block: false });
        const end = this.lowerChild(n.childForFieldName('body'), header);
        this.loops.pop();
        this.edge(end, header);
        return exit;
      }
      case 'for_expression': {
        const c = this.lowerChild(n.childForFieldName('value'), at);
        const header = this.block();
        const body = this.block();
        const exit = this.block();
        const unreachable = this.block();
        this.edge(c, header);
        this.succ[header]!.push(exit, body, unreachable);
        const pattern = n.childForFieldName('pattern');
        if (pattern) this.region(pattern, body);
        this.loops.push({ label: labelOf(n), header, exit, block: false });
        const end = this.lowerChild(n.childForFieldName('body'), body);
        this.loops.pop();
        this.edge(end, header);
        return exit;
      }
      case 'break_expression': {
        const value = n.namedChildren.find((c) => c && c.type !== 'label');
        const end = value ? this.lower(value, at) : at;
        const label = labelOf(n);
        const target = [...this.loops].reverse().find((l) => (label ? l.label === label : !l.block));
        if (target) this.edge(end, target.exit);
        return null;
      }
      case 'continue_expression': {
        const label = labelOf(n);
        const target = [...this.loops].reverse().find((l) => !l.block && (!label || l.label === label));
        if (target) this.edge(at, target.header);
        return null;
      }
      case 'return_expression': {
        const value = n.namedChildren.find((c) => c !== null);
        const end = value ? this.lower(value, at) : at;
        this.edge(end, this.ret);
        return null;
      }
      case 'try_expression': {
        const end = this.lowerChild(n.namedChildren.find((c) => c !== null) ?? null, at);
        const cont = this.block();
        // `match x.branch() { Continue(v) => v, Break(r) => return … }`
        if (end !== null) this.succ[end]!.push(cont, this.ret);
        return end === null ? null : cont;
      }
      case 'block': {
        const label = labelOf(n);
        if (label) {
          const exit = this.block();
          this.loops.push({ label, header: exit, exit, block: true });
          const end = this.lowerSequence(n, at);
          this.loops.pop();
          this.edge(end, exit);
          return exit;
        }
        return this.lowerSequence(n, at);
      }
      case 'let_declaration':
        return this.lowerLet(n, at);
      default:
        if (isShortCircuit(n)) {
          const left = this.lowerChild(n.childForFieldName('left'), at);
          if (left === null) return null;
          const rhs = this.block();
          const join = this.block();
          this.succ[left]!.push(join, rhs);
          this.edge(this.lowerChild(n.childForFieldName('right'), rhs), join);
          return join;
        }
        return this.lowerSequence(n, at);
    }
  }

  private lowerChild(n: SyntaxNode | null, cur: number | null): number | null {
    return n ? this.lower(n, cur) : cur;
  }

  /** Children in source order (statements of a block, operands of an expression). */
  private lowerSequence(n: SyntaxNode, cur: number | null): number | null {
    let at = cur;
    for (const c of n.namedChildren) {
      if (!c || c.type === 'label') continue;
      at = this.lower(c, at);
    }
    return at;
  }

  private lowerLet(n: SyntaxNode, cur: number): number | null {
    const value = n.childForFieldName('value');
    const pattern = n.childForFieldName('pattern');
    const alternative = n.childForFieldName('alternative');
    const end = this.lowerChild(value, cur);
    if (end === null) return null;
    if (!alternative) {
      if (pattern) this.region(pattern, end);
      return end;
    }
    const bind = this.block();
    const otherwise = this.block();
    this.succ[end]!.push(bind, otherwise);
    if (pattern) this.region(pattern, bind);
    this.lower(alternative, otherwise);
    return bind;
  }

  private lowerIf(n: SyntaxNode, cur: number): number | null {
    const cond = n.childForFieldName('condition');
    const consequence = n.childForFieldName('consequence');
    const alternative = n.childForFieldName('alternative')?.namedChildren.find((c) => c !== null) ?? null;
    const then = this.block();
    const otherwise = this.block();
    const parts = cond?.type === 'let_chain' ? cond.namedChildren.filter((c): c is SyntaxNode => c !== null) : cond ? [cond] : [];
    let at: number | null = cur;
    parts.forEach((part, i) => {
      const next = i === parts.length - 1 ? then : this.block();
      if (part.type === 'let_condition') {
        // `if let` is a match: the pattern's arm first, then the rest.
        at = this.lowerChild(part.childForFieldName('value'), at);
        if (at !== null) this.succ[at]!.push(next, otherwise);
        const pattern = part.childForFieldName('pattern');
        if (pattern) this.region(pattern, next);
      } else {
        // A boolean switch: `false` is target 0, `true` the otherwise branch.
        at = this.lower(part, at);
        if (at !== null) this.succ[at]!.push(otherwise, next);
      }
      at = next;
    });
    const thenEnd = this.lowerChild(consequence, then);
    const elseEnd = alternative ? this.lower(alternative, otherwise) : otherwise;
    if (thenEnd === null && elseEnd === null) return null;
    const join = this.block();
    this.edge(thenEnd, join);
    this.edge(elseEnd, join);
    return join;
  }

  private lowerMatch(n: SyntaxNode, cur: number): number | null {
    const c = this.lowerChild(n.childForFieldName('value'), cur);
    if (c === null) return null;
    const arms = n.childForFieldName('body')?.namedChildren.filter((a): a is SyntaxNode => a?.type === 'match_arm') ?? [];
    const join = this.block();
    let reached = false;
    const starts = arms.map(() => this.block());
    this.succ[c]!.push(...starts);
    arms.forEach((arm, i) => {
      const pattern = arm.childForFieldName('pattern');
      const guard = pattern?.childForFieldName('condition');
      let at: number | null = starts[i]!;
      if (pattern) this.region(pattern, at);
      if (guard) {
        at = this.lower(guard, at);
        const body = this.block();
        if (at !== null) this.succ[at]!.push(starts[i + 1] ?? join, body);
        at = body;
      }
      const end = this.lowerChild(arm.childForFieldName('value'), at);
      if (end !== null) {
        this.edge(end, join);
        reached = true;
      }
    });
    return reached ? join : null;
  }

  private lowerWhile(n: SyntaxNode, cur: number): number | null {
    const header = this.block();
    this.edge(cur, header);
    const cond = n.childForFieldName('condition');
    const body = this.block();
    const exit = this.block();
    if (cond?.type === 'let_condition') {
      const end = this.lowerChild(cond.childForFieldName('value'), header);
      // `while let` is `loop { match … { pattern => body, _ => break } }`.
      if (end !== null) this.succ[end]!.push(body, exit);
      const pattern = cond.childForFieldName('pattern');
      if (pattern) this.region(pattern, body);
    } else {
      const end = cond ? this.lower(cond, header) : header;
      if (end !== null) this.succ[end]!.push(exit, body);
    }
    this.loops.push({ label: labelOf(n), header, exit, block: false });
    const end = this.lowerChild(n.childForFieldName('body'), body);
    this.loops.pop();
    this.edge(end, header);
    return exit;
  }
}

/** rustc's reverse postorder: depth-first, successors explored from the last one. */
function reversePostorder(succ: number[][], root: number): number[] {
  const visited = new Set<number>([root]);
  const post: number[] = [];
  const stack: { block: number; next: number }[] = [{ block: root, next: succ[root]!.length - 1 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next >= 0) {
      const s = succ[top.block]![top.next--]!;
      if (!visited.has(s)) {
        visited.add(s);
        stack.push({ block: s, next: succ[s]!.length - 1 });
      }
    } else {
      post.push(top.block);
      stack.pop();
    }
  }
  return post.reverse();
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/**
 * For a function body: a key per source position, ordering positions as the borrow checker
 * visits them (block in reverse postorder, then position within the block).
 */
export function visitOrder(body: SyntaxNode): (span: Span) => number {
  const cfg = new Cfg();
  const entry = cfg.block();
  cfg.edge(cfg.lower(body, entry), cfg.ret);
  const rank = new Map<number, number>();
  reversePostorder(cfg.succ, entry).forEach((b, i) => rank.set(b, i));
  // Regions by the lines they cover, so a lookup reads only its line's regions.
  const byLine = new Map<number, Region[]>();
  for (const r of cfg.regions) {
    for (let l = r.start.line; l <= r.end.line; l++) {
      const list = byLine.get(l) ?? [];
      list.push(r);
      byLine.set(l, list);
    }
  }
  return (span) => {
    let best: Region | undefined;
    for (const r of byLine.get(span.start.line) ?? []) {
      if (before(span.start, r.start) || before(r.end, span.start)) continue;
      if (!best || (!before(r.start, best.start) && !before(best.end, r.end))) best = r;
    }
    return best ? (rank.get(best.block) ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER;
  };
}
