// Finds the `// @mem` comments of a file and turns them into the options of one analysis: where
// the run starts, the main stack budget, snapshot lines, layout overrides and the claims to check.
// Only plain line comments whose text starts with `@mem` count; doc comments, block comments and
// comments that mention `@mem` further on are prose.
import type { Tree } from '../parse/parser';
import type { Language } from 'web-tree-sitter';
import { flatTreeOf, type FlatTree } from '../parse/flatTree';
import type { EngineDiagnostic, Span } from '../diagnostic';
import type { Annotation, Claim } from './directive';
import { isClaim } from './directive';
import { parseDirective } from './parseDirective';
import { checkRustType } from './typeName';

export interface SizeOverride {
  size: number;
  align: number;
}

export interface SnapshotPoint {
  label: string;
  /** 0-based line whose first step is the snapshot. */
  line: number;
  span: Span;
}

/** Everything the annotations of one program ask for. Lines are 0-based. */
export interface AnnotationSet {
  annotations: Annotation[];
  /** The function named by `// @mem entry`. */
  entry?: string;
  /** `// @mem stack <size>`, in bytes. */
  mainStackBytes?: number;
  snapshots: SnapshotPoint[];
  /** `// @mem size`: normalised type name → layout. */
  sizeOverrides: Map<string, SizeOverride>;
  claims: Claim[];
  /** `annotation-invalid` errors. */
  diagnostics: EngineDiagnostic[];
}

const PREFIX = /^\/\/(?![/!])(\s*)@mem(?=\s|$)/;

/** True when the comment text (with its `//`) is an annotation. */
export function isAnnotationComment(text: string): boolean {
  return PREFIX.test(text);
}

/** Sets by tree: the checks, the hover and `hasEntryPoint` all ask about the same tree. */
const byTree = new WeakMap<Tree, AnnotationSet>();

/**
 * The annotations of a file. The result is shared by everyone who asks about the same tree:
 * treat it as read-only.
 */
export function parseAnnotations(tree: Tree): AnnotationSet {
  let set = byTree.get(tree);
  if (!set) {
    set = collect(tree);
    byTree.set(tree, set);
  }
  return set;
}

function collect(tree: Tree): AnnotationSet {
  const set: AnnotationSet = { annotations: [], snapshots: [], sizeOverrides: new Map(), claims: [], diagnostics: [] };
  const root = tree.rootNode;
  const text = root.text;
  const fileText = text;
  const comments = annotationComments(tree, positionsFrom(root, text));
  if (comments.length === 0) return set;
  const codeLines = linesWithCode(tree, positionsFrom(root, text));
  const firstAt = new Map<string, number>();

  for (const comment of comments) {
    const text = comment.text.replace(/\s+$/, '');
    const m = PREFIX.exec(text)!;
    const bodyStart = m[0].length;
    const { row, col } = comment;
    const span: Span = { start: { line: row, character: col }, end: { line: row, character: col + text.length } };
    const result = parseDirective(text.slice(bodyStart), checkRustType);
    if (!result.ok) {
      set.diagnostics.push(invalid(
        { start: { line: row, character: col + bodyStart + result.start }, end: { line: row, character: Math.min(col + bodyStart + result.end, span.end.character) } },
        result.message,
      ));
      continue;
    }
    const directive = result.directive;
    const trailing = codeLines.get(row);
    const targetLine = trailing !== undefined && trailing < col ? row : nextCodeLine(codeLines, row);
    const annotation: Annotation = { directive, span, text: text.slice(2).trim(), ...(targetLine !== undefined ? { targetLine } : {}) };

    const once = (key: string, what: string): boolean => {
      const first = firstAt.get(key);
      if (first === undefined) {
        firstAt.set(key, row);
        return true;
      }
      set.diagnostics.push(invalid(span, `${what} is already given on line ${first + 1}; expected it once per program`));
      return false;
    };

    switch (directive.kind) {
      case 'entry': {
        const fn = entryFunction(tree, positionsFrom(root, fileText), row, col);
        if (typeof fn === 'string') {
          set.diagnostics.push(invalid(span, fn));
          continue;
        }
        if (!once('entry', '`entry`')) continue;
        set.entry = fn.name;
        break;
      }
      case 'stack':
        if (!once('stack', '`stack`')) continue;
        set.mainStackBytes = directive.bytes;
        break;
      case 'snapshot':
        if (targetLine === undefined) {
          set.diagnostics.push(invalid(span, 'expected code after `snapshot`: it marks the next line that has code'));
          continue;
        }
        set.snapshots.push({ label: directive.label ?? `line ${targetLine + 1}`, line: targetLine, span });
        break;
      case 'size':
        if (!once(`size ${directive.type}`, `the size of \`${directive.type}\``)) continue;
        set.sizeOverrides.set(directive.type, { size: directive.size, align: directive.align });
        break;
      default:
        if (isClaim(directive)) {
          if (directive.kind === 'expect-drops' && targetLine === undefined) {
            set.diagnostics.push(invalid(span, 'expected code after `expect drops`: it applies to its own line or the next line that has code'));
            continue;
          }
          set.claims.push({ directive, span, text: annotation.text, ...(targetLine !== undefined ? { targetLine } : {}) });
        }
    }
    set.annotations.push(annotation);
  }
  return set;
}

function invalid(span: Span, message: string): EngineDiagnostic {
  return { span, severity: 'error', code: 'annotation-invalid', message, related: [] };
}

/** Type ids of the comment nodes, by grammar: all of them, and those of line comments. */
const commentTypes = new WeakMap<Language, { all: Set<number>; line: Set<number> }>();

function commentTypeIds(language: Language): { all: Set<number>; line: Set<number> } {
  let ids = commentTypes.get(language);
  if (!ids) {
    ids = { all: new Set(), line: new Set() };
    for (let id = 0; id < language.nodeTypeCount; id++) {
      const type = language.nodeTypeForId(id);
      if (type === 'line_comment' || type === 'block_comment') ids.all.add(id);
      if (type === 'line_comment') ids.line.add(id);
    }
    commentTypes.set(language, ids);
  }
  return ids;
}

/**
 * Lines and columns of offsets met in text order. Offsets are counted from the file's start, the
 * root's text from the root's start (after any leading blank), whose position tree-sitter gives.
 */
interface Positions {
  text: string;
  base: number;
  /** The line and column of `offset`, not before the last offset asked. */
  at(offset: number): { row: number; col: number };
}

function positionsFrom(root: Tree['rootNode'], text: string): Positions {
  const base = root.startIndex;
  let row = root.startPosition.row;
  let lineStart = base - root.startPosition.column;
  let nextNewline = text.indexOf('\n');
  return {
    text,
    base,
    at(offset) {
      while (nextNewline !== -1 && nextNewline + base < offset) {
        row++;
        lineStart = nextNewline + base + 1;
        nextNewline = text.indexOf('\n', nextNewline + 1);
      }
      return { row, col: offset - lineStart };
    },
  };
}

/**
 * The line comments that are annotations, with their text, line and column, read from the tree's
 * copy (flatTree.ts) rather than asking tree-sitter for each comment node.
 */
function annotationComments(tree: Tree, where: Positions): { text: string; row: number; col: number }[] {
  const { count, type, start, end } = flatTreeOf(tree);
  const line = commentTypeIds(tree.language).line;
  const out: { text: string; row: number; col: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (!line.has(type[i]!)) continue;
    const text = where.text.slice(start[i]! - where.base, end[i]! - where.base);
    if (isAnnotationComment(text)) out.push({ text, ...where.at(start[i]!) });
  }
  return out;
}

/**
 * For each line where a token that is not a comment starts: the column of its first such token.
 * Read from the tree's copy in typed arrays (flatTree.ts), which the lowering shares: asking
 * tree-sitter for each leaf's position cost more than the rest of the annotations' work.
 */
function linesWithCode(tree: Tree, where: Positions): Map<number, number> {
  const lines = new Map<number, number>();
  const flat = flatTreeOf(tree);
  const comments = commentTypeIds(tree.language).all;
  const { count, type, start, end, parent } = flat;
  for (let i = 0; i < count; i++) {
    if (comments.has(type[i]!)) {
      // Skip the comment's own nodes (a doc comment has children): they follow it in pre-order.
      let j = i + 1;
      while (j < count && isInside(flat, j, i)) j++;
      i = j - 1;
      continue;
    }
    const isLeaf = i + 1 >= count || parent[i + 1] !== i;
    const at = start[i]!;
    if (!isLeaf || at === end[i]) continue;
    // Leaves come in text order, so each one's line is found by moving on from the last one's.
    const { row, col: column } = where.at(at);
    const known = lines.get(row);
    if (known === undefined || column < known) lines.set(row, column);
  }
  return lines;
}

/** Whether node `j` is inside node `i` (a descendant). */
function isInside(flat: FlatTree, j: number, i: number): boolean {
  for (let p = flat.parent[j]!; p >= 0; p = flat.parent[p]!) if (p === i) return true;
  return false;
}

/** The first line after `row` with code (`lines` has its lines in ascending order, as the leaves came). */
function nextCodeLine(lines: Map<number, number>, row: number): number | undefined {
  for (const line of lines.keys()) if (line > row) return line;
  return undefined;
}

/** Type ids (by name, for every id the grammar gives the name) and field ids the entry lookup reads. */
interface EntryIds {
  fn: Set<number>;
  attribute: Set<number>;
  named: boolean[];
  name: number;
  parameters: number;
  typeParameters: number;
}

const entryIds = new WeakMap<Language, EntryIds>();

function entryIdsOf(language: Language): EntryIds {
  let ids = entryIds.get(language);
  if (!ids) {
    ids = { fn: new Set(), attribute: new Set(), named: [], name: language.fieldIdForName('name') ?? -1, parameters: language.fieldIdForName('parameters') ?? -1, typeParameters: language.fieldIdForName('type_parameters') ?? -1 };
    for (let id = 0; id < language.nodeTypeCount; id++) {
      const type = language.nodeTypeForId(id);
      if (type === 'function_item') ids.fn.add(id);
      if (type === 'attribute_item') ids.attribute.add(id);
      ids.named.push(language.nodeTypeIsNamed(id));
    }
    entryIds.set(language, ids);
  }
  return ids;
}

/** The children of node `i` of the copy, in order. */
function* childrenOf(flat: FlatTree, i: number): Generator<number> {
  for (let c = i + 1 < flat.count && flat.parent[i + 1] === i ? i + 1 : -1; c !== -1; c = flat.next[c]!) yield c;
}

/**
 * The function `// @mem entry` names: the one it trails on the same line, or the next item. Read
 * from the tree's copy (flatTree.ts), like the comments themselves.
 */
function entryFunction(tree: Tree, where: Positions, row: number, col: number): { name: string } | string {
  const before = '`entry` must stand before a function (an `fn` item at the top level of the file)';
  const flat = flatTreeOf(tree);
  const ids = entryIdsOf(tree.language);
  const comments = commentTypeIds(tree.language).all;
  const field = (i: number, f: number): number | undefined => {
    for (const c of childrenOf(flat, i)) if (flat.field[c] === f) return c;
    return undefined;
  };
  for (const item of childrenOf(flat, 0)) {
    const type = flat.type[item]!;
    if (!ids.named[type] || comments.has(type) || ids.attribute.has(type)) continue;
    const start = where.at(flat.start[item]!);
    const end = where.at(flat.end[item]!);
    if (end.row < row || (end.row === row && end.col <= col)) continue;
    const startsBefore = start.row < row || (start.row === row && start.col < col);
    // Trailing the `fn` line itself is fine; standing inside the body is not.
    if (startsBefore && start.row !== row) return before;
    if (!ids.fn.has(type)) return before;
    const nameAt = field(item, ids.name);
    const name = nameAt === undefined ? '' : where.text.slice(flat.start[nameAt]! - where.base, flat.end[nameAt]! - where.base);
    const params = field(item, ids.parameters);
    if (params !== undefined && [...childrenOf(flat, params)].some((p) => ids.named[flat.type[p]!] && !comments.has(flat.type[p]!))) {
      return `\`entry\` must stand before a function without parameters; \`${name}\` takes some`;
    }
    if (field(item, ids.typeParameters) !== undefined) return `\`entry\` must stand before a function without generic parameters; \`${name}\` has some`;
    return { name };
  }
  return '`entry` must stand before a function; none follows';
}
