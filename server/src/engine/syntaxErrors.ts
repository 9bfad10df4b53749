// Syntax errors: tree-sitter marks what it could not parse with ERROR nodes (text it skipped) and
// MISSING nodes (tokens it pretended were there). Each becomes one `syntax-error` diagnostic with a
// message in rustc's words. tree-sitter recovers from the error, so the rest of the file is still
// analysed by the other checks.
//
// An ERROR node alone says little ("something is wrong around `5`"). To say what was expected we
// try the small repairs a person would make at the end of the skipped text (insert `;`, `)`, …)
// or before it, and keep the first that makes the error disappear: that is the token the parser
// was waiting for. Trial parses are incremental (a copy of the tree, edited), so they are cheap.
import type { EngineDiagnostic, Span } from './diagnostic';
import { editFor, parseRust } from './parse/parser';
import type { SyntaxNode, Tree } from './parse/parser';
import { MAX_SYNTAX_DEPTH, tooDeepPlaces } from './tooDeep';

/** Tokens tried, in order, as the repair of an ERROR node. */
const REPAIRS = [';', ')', ']', '}', ',', '{'];
/** Every repair costs one parse, so only the first errors of a file get one. */
const MAX_REPAIRED = 5;
/**
 * Each repair re-parses the file a dozen times: past this size, or on a file nested too deep
 * (tree-sitter is slow on those), the errors are reported without the "expected `;`" wording.
 */
const MAX_REPAIR_TEXT = 100_000;
/** A broken file can have hundreds of errors; after this many the rest add nothing. */
const MAX_REPORTED = 50;

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set(Object.values(OPENERS));

export function syntaxErrors(tree: Tree, text: string): EngineDiagnostic[] {
  if (!tree.rootNode.hasError) return [];
  const found: SyntaxNode[] = [];
  collect(tree.rootNode, found);
  const out: EngineDiagnostic[] = [];
  let repaired = text.length > MAX_REPAIR_TEXT || tooDeepPlaces(tree, MAX_SYNTAX_DEPTH, 1).length > 0 ? MAX_REPAIRED : 0;
  for (const node of found) {
    if (out.length >= MAX_REPORTED) break;
    if (node.isMissing) {
      // A MISSING token right where an ERROR ends is the same mistake seen twice.
      if (out.some((d) => touches(d.span, node))) continue;
      out.push(diagnostic(pointSpan(node), `expected ${describeMissing(node)}`));
      continue;
    }
    const unbalanced = unbalancedDelimiter(node);
    if (unbalanced) {
      out.push(diagnostic(spanOf(unbalanced.token), unbalanced.message));
      continue;
    }
    const repair = repaired++ < MAX_REPAIRED ? findRepair(tree, text, node, found.length) : undefined;
    const previous = repair?.where === 'before' ? tokenBeforeOnEarlierLine(tree, text, node.startIndex) : undefined;
    if (repair && (repair.where === 'after' || previous)) {
      // Missing at the end of a line (`let x = 5⏎`): point where it goes, as rustc does.
      const after = previous ?? node;
      out.push(diagnostic(spanOf(after), `expected \`${repair.token}\` after \`${firstLine(after.text)}\``));
    } else if (repair) {
      const first = leaves(node).next();
      const culprit = first.done ? node : first.value;
      out.push(diagnostic(spanOf(culprit), `expected \`${repair.token}\`, found \`${firstLine(culprit.text)}\``));
    } else if (node.text.startsWith('"') || node.text.startsWith("b\"")) {
      out.push(diagnostic(spanOf(node), 'unterminated double quote string'));
    } else {
      out.push(diagnostic(spanOf(node), unexpected(node)));
    }
  }
  return out;
}

/**
 * ERROR and MISSING nodes in document order; the inside of an ERROR node is not searched. The walks
 * here use an explicit stack: a file that does not parse can be nested any depth.
 */
function collect(root: SyntaxNode, out: SyntaxNode[]): void {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.isError || node.isMissing) {
      out.push(node);
      continue;
    }
    if (!node.hasError) continue;
    pushChildren(stack, node);
  }
}

/** `node`'s children onto `stack`, the first on top (so they pop in document order). */
function pushChildren(stack: SyntaxNode[], node: SyntaxNode): void {
  const children = node.children;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child) stack.push(child);
  }
}

interface Repair {
  token: string;
  where: 'after' | 'before';
}

/**
 * The first token that, inserted after (or else before) the ERROR node, leaves no error there and
 * fewer errors in the file (a `}` that ends a function early only moves the error further down).
 */
function findRepair(tree: Tree, text: string, node: SyntaxNode, errorCount: number): Repair | undefined {
  for (const where of ['after', 'before'] as const) {
    const at = where === 'after' ? node.endIndex : node.startIndex;
    for (const token of REPAIRS) {
      const candidate = text.slice(0, at) + token + text.slice(at);
      const old = tree.copy();
      old.edit(editFor(text, at, at, token));
      const trial = parseRust(candidate, old);
      try {
        const fixedHere = !hasErrorBetween(trial.rootNode, node.startIndex, node.endIndex + token.length);
        if (fixedHere && countErrors(trial.rootNode) < errorCount) return { token, where };
      } finally {
        trial.delete();
        old.delete();
      }
    }
  }
  return undefined;
}

function countErrors(root: SyntaxNode): number {
  const found: SyntaxNode[] = [];
  collect(root, found);
  return found.length;
}

/** The last token before `index` when only whitespace, including a line break, separates them. */
function tokenBeforeOnEarlierLine(tree: Tree, text: string, index: number): SyntaxNode | undefined {
  let i = index;
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  if (i === 0 || !text.slice(i, index).includes('\n')) return undefined;
  const token = tree.rootNode.descendantForIndex(i - 1);
  return token && token.childCount === 0 ? token : undefined;
}

function hasErrorBetween(root: SyntaxNode, start: number, end: number): boolean {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.endIndex < start || node.startIndex > end) continue;
    if (node.isError || node.isMissing) return true;
    if (node.hasError) pushChildren(stack, node);
  }
  return false;
}

/** An opening delimiter never closed, or a closing one never opened, among the ERROR's tokens. */
function unbalancedDelimiter(node: SyntaxNode): { token: SyntaxNode; message: string } | undefined {
  const open: SyntaxNode[] = [];
  for (const token of leaves(node)) {
    if (token.isMissing) continue;
    if (token.type in OPENERS) {
      open.push(token);
    } else if (CLOSERS.has(token.type)) {
      const top = open.pop();
      if (!top) return { token, message: `unexpected closing delimiter \`${token.type}\`` };
      if (OPENERS[top.type] !== token.type) {
        return { token, message: `mismatched closing delimiter: \`${token.type}\` does not close \`${top.type}\`` };
      }
    }
  }
  const unclosed = open[0];
  return unclosed ? { token: unclosed, message: `unclosed delimiter \`${unclosed.type}\`` } : undefined;
}

function* leaves(root: SyntaxNode): Generator<SyntaxNode> {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.childCount === 0) {
      yield node;
      continue;
    }
    // String and char literals have delimiter characters inside but are single tokens to the eye.
    if (/string_literal|char_literal|comment/.test(node.type)) continue;
    pushChildren(stack, node);
  }
}

function unexpected(node: SyntaxNode): string {
  const first = firstToken(node);
  const whole = firstLine(node.text);
  return first === whole ? `unexpected \`${whole}\`` : `unexpected \`${first}\` in \`${whole}\``;
}

function firstToken(node: SyntaxNode): string {
  const first = leaves(node).next();
  return firstLine(first.done ? node.text : first.value.text);
}

function describeMissing(node: SyntaxNode): string {
  // Anonymous nodes are tokens (`;`); named ones are grammar rules (`identifier`).
  return node.isNamed ? node.type.replace(/_/g, ' ') : `\`${node.type}\``;
}

/** At most the first line of `text`, shortened for a one-line message. */
function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 37)}...` : line;
}

function spanOf(node: SyntaxNode): Span {
  const start = node.startPosition;
  let end = node.endPosition;
  // A skipped region spanning many lines reads better as its first line.
  if (end.row > start.row) {
    const firstLineLength = node.text.split('\n', 1)[0]?.length ?? 0;
    end = { row: start.row, column: start.column + Math.max(firstLineLength, 1) };
  }
  return { start: { line: start.row, character: start.column }, end: { line: end.row, character: end.column } };
}

function pointSpan(node: SyntaxNode): Span {
  const p = { line: node.startPosition.row, character: node.startPosition.column };
  return { start: p, end: { ...p } };
}

/** Whether the MISSING `node` sits inside `span` or right after it. */
function touches(span: Span, node: SyntaxNode): boolean {
  const p = node.startPosition;
  if (span.start.line > p.row || span.end.line < p.row) return false;
  return span.end.line > p.row || span.end.character >= p.column - 1;
}

function diagnostic(span: Span, message: string): EngineDiagnostic {
  return { span, severity: 'error', code: 'syntax-error', message, related: [] };
}
