// The trace gives each value as one line of `{:?}` text. These functions read that text's
// brackets and commas (string and char literals kept whole) to lay it out as `{:#?}` would, and to
// split a buffer's value into its elements. They format Debug output; they never parse Rust code.

interface Group {
  open: string;
  head: string;
  items: Node[];
  close: string;
}
type Node = string | Group;

const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Splits Debug text into atoms and bracketed groups; a group's items are what commas separate. */
function read(text: string): Node[] {
  let i = 0;
  const parse = (close: string | undefined): Node[] => {
    const items: Node[] = [];
    let atom = '';
    const flush = () => {
      if (atom.trim()) items.push(atom.trim());
      atom = '';
    };
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"' || (ch === "'" && /^'(\\.|[^'\\])+'/.test(text.slice(i)))) {
        const end = literalEnd(text, i);
        atom += text.slice(i, end);
        i = end;
        continue;
      }
      if (ch in CLOSE) {
        i++;
        const head = atom.trim();
        atom = '';
        const inner = parse(CLOSE[ch]);
        items.push({ open: ch, head, items: inner, close: CLOSE[ch]! });
        continue;
      }
      if (ch === close) {
        i++;
        flush();
        return items;
      }
      if (ch === ',') {
        i++;
        flush();
        continue;
      }
      atom += ch;
      i++;
    }
    flush();
    return items;
  };
  return parse(undefined);
}

function literalEnd(text: string, start: number): number {
  const q = text[start]!;
  let i = start + 1;
  while (i < text.length && text[i] !== q) i += text[i] === '\\' ? 2 : 1;
  return Math.min(text.length, i + 1);
}

/** `Name {`, `field: [`, `Some(`: a space before a brace and after a field's colon. */
function headText(n: Group): string {
  if (!n.head) return '';
  return n.open === '{' || n.head.endsWith(':') ? `${n.head} ` : n.head;
}

/** One line, as `{:?}` writes it. */
function flat(n: Node): string {
  if (typeof n === 'string') return n;
  const sep = n.open === '{' ? ' ' : '';
  const inner = n.items.map(flat).join(', ');
  const head = headText(n);
  if (n.items.length === 0) return `${head}${n.open}${n.close}`;
  return `${head}${n.open}${sep}${inner}${sep}${n.close}`;
}

/** Many lines, as `{:#?}` writes it. */
function lines(n: Node, indent: string): string {
  if (typeof n === 'string') return n;
  const head = headText(n);
  if (n.items.length === 0) return `${head}${n.open}${n.close}`;
  const inner = indent + '    ';
  return `${head}${n.open}\n${n.items.map((x) => `${inner}${lines(x, inner)},`).join('\n')}\n${indent}${n.close}`;
}

/**
 * `{:#?}`-style text: each nested struct, tuple, list or enum payload on its own lines, indented
 * by four spaces, with a trailing comma after every item.
 */
export function prettyDebug(text: string): string {
  const nodes = read(text);
  // Text that is not one value is left as it is.
  return nodes.length === 1 ? lines(nodes[0]!, '') : text;
}

/**
 * The elements of a list's Debug text (`["a", "b"]` → `"a"`, `"b"`); undefined when the text is
 * not one list. A list the trace shortened ends with an item like `… 3 more`.
 */
export function debugElements(text: string): string[] | undefined {
  const nodes = read(text);
  const n = nodes[0];
  if (nodes.length !== 1 || n === undefined || typeof n === 'string' || n.open !== '[' || n.head) return undefined;
  return n.items.map(flat);
}

/**
 * The value with each `Box(..)` it holds written `Box(→)`: what the box points at is its own heap
 * block, drawn at the end of the arrow, so it is not repeated here (the full text stays in the
 * tooltip and the expanded view).
 */
export function collapseBoxes(text: string): string {
  if (!text.includes('Box(')) return text;
  const nodes = read(text);
  if (nodes.length !== 1) return text;
  const walk = (n: Node): Node => {
    if (typeof n === 'string') return n;
    if (/(^|[\s:])Box$/.test(n.head) && n.open === '(') return `${n.head}(→)`;
    return { ...n, items: n.items.map(walk) };
  };
  return flat(walk(nodes[0]!));
}

/** A `RefCell`, `Mutex` or `RwLock` read from a value's Debug text, with the state the trace adds after it. */
export interface CellText {
  kind: 'RefCell' | 'Mutex' | 'RwLock';
  /** The value inside, one line. */
  inner: string;
  /** `borrowed mutably`, `2 shared borrows`, `locked`, `1 reader`; empty when free. */
  state: string;
}

const CELL_HEAD = /^(?:(.+): )?(RefCell|Mutex|RwLock)$/;

/**
 * The cell at field path `path` (`""`, `next`, `a.b`) of a value's Debug text, as the trace writes
 * it: `RefCell { value: [1, 2] } (borrowed mutably)`, `Mutex { data: 1 } (locked)`. Undefined when
 * the text has no cell there (a path through a tuple, an element or an enum's payload is not read).
 */
export function cellInside(text: string, path: string): CellText | undefined {
  const nodes = read(text);
  if (path === '') return cellAt(nodes, 0, undefined);
  const top = nodes[0];
  return top !== undefined && typeof top !== 'string' ? cellIn(top.items, path.split('.')) : undefined;
}

/** Among a struct's fields, the cell at the path of field names. */
function cellIn(items: readonly Node[], names: readonly string[]): CellText | undefined {
  for (let i = 0; i < items.length; i++) {
    const n = items[i]!;
    if (typeof n === 'string' || n.open !== '{' || /^(.+?):/.exec(n.head)?.[1] !== names[0]) continue;
    return names.length > 1 ? cellIn(n.items, names.slice(1)) : cellAt(items, i, names[0]);
  }
  return undefined;
}

/** `items[i]` when it is a cell (named `field`, or the value itself), with the state that follows it. */
function cellAt(items: readonly Node[], i: number, field: string | undefined): CellText | undefined {
  const n = items[i];
  if (n === undefined || typeof n === 'string' || n.open !== '{') return undefined;
  const cell = CELL_HEAD.exec(n.head);
  if (!cell || cell[1] !== field) return undefined;
  const first = n.items[0];
  const inner = first === undefined ? '' : flat(first).replace(/^(value|data): /, '');
  const next = items[i + 1];
  const state = next !== undefined && typeof next !== 'string' && next.open === '(' && next.head === '' ? next.items.map(flat).join(', ') : '';
  return { kind: cell[2] as CellText['kind'], inner, state };
}
