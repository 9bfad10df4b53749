// Drop and move hints from a simulated run: after a closing brace or a statement that dropped
// values, `drop: _d, _c` in the order they were dropped (the reason in the tooltip); after a
// statement that moved a named value, where it went. A position the run passed many times (a
// loop) gets one hint listing each name once.
import type { Position } from '../../diagnostic';
import type { SyntaxNode, Tree } from '../../parse/parser';
import type { Trace } from '../../../../../protocol/trace';
import { lifeIndex, type PositionedEvent } from './index';

export interface LifeHint {
  /** 0-based: the end of the scope's closing brace or of the statement. */
  position: Position;
  label: string;
  /** Markdown: each value with the rule that applied. */
  tooltip: string;
  kind: 'drop' | 'move';
}

const REASONS: Record<string, string> = {
  'scope-end': 'end of scope',
  temporary: 'temporary, end of statement',
  assign: 'old value replaced by an assignment',
  explicit: 'explicit drop',
  unbound: '`let _ =` does not bind: dropped at once',
  'last-strong': 'last strong reference gone',
  unwind: 'unwinding after a panic',
};

const hintCache = new WeakMap<Trace, { tree: Tree | undefined; hints: LifeHint[] }>();

function plain(text: string): string {
  return text.replace(/`/g, '');
}

/**
 * Where a scope-end drop shows: after the closing brace of the innermost block around the last
 * position its frame ran (the run may record the drop with the scope's last statement).
 */
export function scopeEnd(tree: Tree, at: PositionedEvent['at']): PositionedEvent['at'] {
  let node: SyntaxNode | null = tree.rootNode.descendantForPosition(
    { row: at.line - 1, column: at.column - 1 },
    { row: at.endLine - 1, column: Math.max(at.endColumn - 2, 0) },
  );
  while (node && node.type !== 'block') node = node.parent;
  if (!node) return at;
  const end = { line: node.endPosition.row + 1, column: node.endPosition.column + 1 };
  return { line: end.line, column: end.column - 1, endLine: end.line, endColumn: end.column };
}

/** `tree`: the source's tree, to place scope-end drops after their closing brace. */
export function lifeHints(trace: Trace, tree?: Tree): LifeHint[] {
  const hit = hintCache.get(trace);
  if (hit && hit.tree === tree) return hit.hints;
  // Many events share a position (a loop): each closing brace is looked up once.
  const ends = new Map<string, PositionedEvent['at']>();
  const endOf = (at: PositionedEvent['at']) => {
    const key = `${at.line}:${at.column}:${at.endLine}:${at.endColumn}`;
    let end = ends.get(key);
    if (!end) {
      end = scopeEnd(tree!, at);
      ends.set(key, end);
    }
    return end;
  };
  const groups = new Map<string, { kind: 'drop' | 'move'; at: PositionedEvent['at']; items: PositionedEvent[]; seen: Set<string> }>();
  for (const event of lifeIndex(trace).events) {
    // A move into `drop` is shown as the drop it is.
    if (event.kind === 'move' && /`drop`/.test(event.detail)) continue;
    const e = event.kind === 'drop' && event.reason === 'scope-end' && tree ? { ...event, at: endOf(event.at) } : event;
    const key = `${e.kind}@${e.at.endLine}:${e.at.endColumn}`;
    let g = groups.get(key);
    if (!g) {
      g = { kind: e.kind, at: e.at, items: [], seen: new Set() };
      groups.set(key, g);
    }
    const id = `${e.name}|${e.detail}`;
    if (g.seen.has(id)) continue;
    g.seen.add(id);
    g.items.push(e);
  }
  const hints: LifeHint[] = [];
  for (const g of groups.values()) {
    const position = { line: g.at.endLine - 1, character: g.at.endColumn - 1 };
    if (g.kind === 'drop') {
      const names = [...new Set(g.items.map((i) => i.name))];
      hints.push({
        position,
        kind: 'drop',
        label: `drop: ${names.join(', ')}`,
        tooltip: g.items.map((i) => `- \`${i.name}\`${i.type ? ` (\`${i.type}\`)` : ''}: ${REASONS[i.reason ?? ''] ?? i.reason ?? ''}${i.detail ? ` — ${i.detail}` : ''}`).join('\n'),
      });
    } else {
      hints.push({
        position,
        kind: 'move',
        label: g.items.map((i) => `${i.name} → ${plain(i.detail)}`).join(', '),
        tooltip: g.items.map((i) => `- \`${i.name}\` moved to ${i.detail}`).join('\n'),
      });
    }
  }
  hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character || (a.kind === 'move' ? -1 : 1));
  hintCache.set(trace, { tree, hints });
  return hints;
}

/** Uses `hints`, the lifeHints of a copy of `trace` and of a tree of the same text made elsewhere (traceViews.ts). */
export function adoptLifeHints(trace: Trace, tree: Tree | undefined, hints: LifeHint[]): void {
  hintCache.set(trace, { tree, hints });
}
