// The hover section "life of a variable": for the binding under the cursor, where the last
// simulated run created, borrowed, moved and dropped it (each line a link), and its state on
// the hovered line. The binding is found in the source (the declaration the name refers to),
// then matched with the run's variables by name and declaring line.
import type { Position } from '../../diagnostic';
import type { SyntaxNode, Tree } from '../../parse/parser';
import type { Trace, VarState } from '../../../../../protocol/trace';
import { scopeEnd } from './hints';
import { lifeIndex, type VarLife } from './index';

/** Places where a name is bound, and the node that is its scope. */
function bindingScope(id: SyntaxNode): { scope: SyntaxNode; declLine: number; fn?: string } | undefined {
  let child: SyntaxNode = id;
  for (let p = id.parent; p; child = p, p = p.parent) {
    switch (p.type) {
      case 'let_declaration':
        if (p.childForFieldName('pattern')?.id !== child.id) return undefined;
        return p.parent ? { scope: p.parent, declLine: p.startPosition.row + 1 } : undefined;
      case 'parameter': {
        if (p.childForFieldName('pattern')?.id !== child.id) return undefined;
        const fn = p.parent?.parent;
        if (fn?.type === 'function_item') {
          const name = fn.childForFieldName('name')?.text;
          return { scope: fn, declLine: fn.startPosition.row + 1, ...(name ? { fn: name } : {}) };
        }
        return undefined;
      }
      case 'for_expression':
        return p.childForFieldName('pattern')?.id === child.id ? { scope: p, declLine: p.startPosition.row + 1 } : undefined;
      case 'match_arm':
      case 'let_condition':
        return { scope: p.type === 'match_arm' ? p : (p.parent ?? p), declLine: id.startPosition.row + 1 };
      case 'tuple_pattern':
      case 'tuple_struct_pattern':
      case 'struct_pattern':
      case 'field_pattern':
      case 'mut_pattern':
      case 'ref_pattern':
      case 'match_pattern':
      case 'captured_pattern':
      case 'or_pattern':
        continue;
      default:
        return undefined;
    }
  }
  return undefined;
}

/** The binding a name at `node` refers to: the latest binding of that name whose scope holds it. */
function declarationOf(tree: Tree, node: SyntaxNode): { declLine: number; fn?: string } | undefined {
  const own = bindingScope(node);
  if (own) return own;
  let best: { start: number; declLine: number; fn?: string } | undefined;
  for (const id of tree.rootNode.descendantsOfType('identifier')) {
    if (!id || id.text !== node.text || id.startIndex >= node.startIndex) continue;
    const b = bindingScope(id);
    if (!b || node.startIndex < b.scope.startIndex || node.endIndex > b.scope.endIndex) continue;
    if (!best || id.startIndex > best.start) best = { start: id.startIndex, declLine: b.declLine, ...(b.fn ? { fn: b.fn } : {}) };
  }
  return best;
}

function link(uri: string, line: number): string {
  return `[line ${line}](${uri}#L${line})`;
}

/** The variable's state after the last time the run executed `line` while it existed. */
function stateOn(trace: Trace, life: VarLife, line: number): string {
  const end = life.removedStep ?? trace.steps.length - 1;
  let at = -1;
  for (let i = end; i >= life.createdStep; i--) {
    if (trace.steps.at(i)!.line === line) {
      at = i;
      break;
    }
  }
  // Its own `let` line: the step that bound it may run at a callee's line (`let x = f();`).
  if (at === -1 && line === life.created.line) at = life.createdStep;
  if (at === -1) {
    const created = life.created.line;
    return line < created ? `not created yet on line ${line}` : `line ${line} did not run while \`${life.name}\` existed`;
  }
  let state: VarState | undefined;
  for (let i = life.createdStep; i <= at; i++) {
    for (const d of trace.steps.at(i)!.deltas) if (d.op === 'set-var' && d.var.id === life.id) state = d.var;
  }
  if (life.removedStep !== undefined && life.removedStep <= at) return 'gone (dropped or out of scope)';
  if (!state) return 'not initialised';
  if (state.moved) return `moved out (to ${state.moved.to}, line ${state.moved.line}): it holds no value`;
  return `holds \`${state.value}\``;
}

export function variableLifeHover(trace: Trace, tree: Tree, uri: string, position: Position): string | undefined {
  const node = tree.rootNode.descendantForPosition({ row: position.line, column: position.character });
  if (!node || node.type !== 'identifier') return undefined;
  const decl = declarationOf(tree, node);
  if (!decl) return undefined;
  const candidates = lifeIndex(trace).vars.filter(
    (v) => v.name === node.text && (decl.fn ? v.fn === decl.fn || v.fn.endsWith(`::${decl.fn}`) : v.created.line === decl.declLine),
  );
  const life = candidates[0];
  if (!life) return undefined;
  const lines: string[] = [`**Life of \`${life.name}\`** (\`${life.type}\`) in the last run${candidates.length > 1 ? ` — created ${candidates.length} times, the first shown` : ''}:`];
  lines.push(`- created at ${link(uri, life.created.line)}`);
  const seen = new Set<string>();
  for (const e of life.events) {
    const key = `${e.kind}|${e.at.line}|${e.detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (e.kind === 'borrow') lines.push(`- borrowed (\`${e.detail}\`) at ${link(uri, e.at.line)}`);
    else if (e.kind === 'move') lines.push(`- moved to ${e.detail} at ${link(uri, e.at.line)}`);
    else {
      const at = e.reason === 'scope-end' ? scopeEnd(tree, e.at) : e.at;
      lines.push(`- dropped at ${link(uri, at.line)}: ${e.detail}`);
    }
  }
  lines.push('', `On line ${position.line + 1}: ${stateOn(trace, life, position.line + 1)}.`);
  return lines.join('\n');
}
