/**
 * A trace as compact JSON, for the wire (`rustmem trace --json`). Written out as one object per
 * step, each with a span and arrays of events and deltas, a step is about 165 bytes. Here the
 * steps are columns instead (as in memory, stepTable.ts, but JSON: plain numbers and strings):
 *
 * - `spans` lists each distinct step position once (`line, column, endLine, endColumn`, flat) and
 *   `span` gives each step's index into it (a loop runs through the same few positions);
 * - `thread` and `depth` change rarely: each is a list of `[step, value]` pairs where it changes;
 * - events are sparse: `events` pairs a step (as the distance from the previous step with events)
 *   with its list;
 * - deltas are a stream of integers, `deltas`, step by step (distance from the previous step with
 *   deltas, then how many), each delta an opcode and its fields (see `Op`). A variable's new value
 *   that changes nothing else about it (the common case: `total += i`) is its id and the value,
 *   which comes from `values` in order; names and types are indexes into `strings`. A heap
 *   block's change after its first record is that record's index, its counts and the edit of its
 *   pointers (a `push` onto a `Vec<String>` is one pointer, a `push_str` none). Other deltas with
 *   a frame, a block or pointers are objects taken in order from `objects`.
 *
 * Everything else (output, leaks, end, threads, checkpoints, snapshots) is as in `Trace`.
 * `decodeTrace(encodeTrace(t))` is deep-equal to `t`.
 */
import { applyPointsEdit, pointsEdit, sameExcept, samePoints } from './pointsEdit';
import type { HeapBlockState, Pointer, StateDelta, Trace, TraceEvent, VarState } from './trace';
import { StepTable } from './stepTable';
import { TRACE_VERSION } from './trace';

export const TRACE_COLUMNS_FORMAT = 'rustmem-trace-columns';

export interface TraceColumns extends Omit<Trace, 'steps'> {
  format: typeof TRACE_COLUMNS_FORMAT;
  steps: StepColumns;
}

export interface StepColumns {
  count: number;
  spans: number[];
  span: number[];
  thread: number[];
  depth: number[];
  events: (number | TraceEvent[])[];
  deltas: number[];
  strings: string[];
  values: string[];
  objects: StateDelta[];
}

/** Opcodes of the delta stream, each followed by its integer fields. */
const Op = {
  /** Any delta, whole: the next of `objects`. */
  Object: 0,
  /** set-var without pointers or a move: frame, var id, name, type (string indexes), size; the value is the next of `values`. */
  SetVar: 1,
  /** set-var of the variable's last set-var with only the value changed: var id; the value is the next of `values`. */
  SetValue: 2,
  /** remove-var: frame, var id. */
  RemoveVar: 3,
  /** pop-frame: frame. */
  PopFrame: 4,
  /** free-block: block. */
  FreeBlock: 5,
  /**
   * set-block equal to an earlier set-block of `objects` but for its value and counts: that
   * object's index, 1 when the value is the next of `values` (0: the block's last value again),
   * then size, len, capacity, strong, weak, each only if the object has it.
   */
  SetBlockOf: 6,
  /**
   * As SetBlockOf, with the pointers changed too: then the edit of the block's last pointer list
   * (keep the first `keep` and the last `suffix`, `n` new ones between them, five integers each).
   */
  SetBlockEdit: 7,
} as const;

/** The block fields SetBlockOf carries as integers, in its order after the value flag. */
const BLOCK_COUNTS = ['size', 'len', 'capacity', 'strong', 'weak'] as const;

/** A pointer on the wire is five integers: flags (its POINTER_KINDS index and the bits below), id, index, cell (string), via (string). */
const POINTER_KINDS: readonly Pointer['kind'][] = ['ref', 'mut-ref', 'owner', 'strong', 'weak', 'raw'];
const TO_VAR = 8;
const DANGLING = 16;
const HAS_INDEX = 32;
const HAS_CELL = 64;

/** What the wire knows of a block: its last whole record (index in `objects`), pointers and value. */
interface BlockSeen {
  record: number;
  points: Pointer[];
  value: string;
}

function int32(n: unknown): n is number {
  return typeof n === 'number' && (n | 0) === n;
}

/** A pointer's integers, or undefined when it has a field the wire's integers do not carry. */
function pointerInts(p: Pointer, str: (s: string) => number): number[] | undefined {
  const keys = Object.keys(p).join();
  if (keys !== (p.dangling === true ? 'target,kind,via,dangling' : 'target,kind,via') || typeof p.via !== 'string') return undefined;
  const t = p.target;
  const kind = POINTER_KINDS.indexOf(p.kind);
  const tk = Object.keys(t).join();
  if (kind < 0 || !int32(t.id) || (t.kind !== 'block' && t.kind !== 'var')) return undefined;
  const index = t.kind === 'block' ? t.index : undefined;
  if (tk !== ['kind', 'id', ...(index !== undefined ? ['index'] : []), ...(t.cell !== undefined ? ['cell'] : [])].join()) return undefined;
  if ((index !== undefined && !int32(index)) || (t.cell !== undefined && typeof t.cell !== 'string')) return undefined;
  const flags = kind | (t.kind === 'var' ? TO_VAR : 0) | (p.dangling ? DANGLING : 0) | (index !== undefined ? HAS_INDEX : 0) | (t.cell !== undefined ? HAS_CELL : 0);
  return [flags, t.id, index ?? 0, t.cell !== undefined ? str(t.cell) : 0, str(p.via)];
}

function pointerOf(flags: number, id: number, index: number, cell: string | undefined, via: string): Pointer {
  const target: Record<string, unknown> = { kind: flags & TO_VAR ? 'var' : 'block', id };
  if (flags & HAS_INDEX) target.index = index;
  if (flags & HAS_CELL) target.cell = cell;
  const p: Pointer = { target: target as Pointer['target'], kind: POINTER_KINDS[flags & 7]!, via };
  if (flags & DANGLING) p.dangling = true;
  return p;
}

function isPlainVar(v: VarState): boolean {
  return v.points.length === 0 && v.moved === undefined && Object.keys(v).length === 6;
}

export function encodeTrace(trace: Trace): TraceColumns {
  const { steps, ...rest } = trace;
  return { ...rest, format: TRACE_COLUMNS_FORMAT, steps: encodeSteps(steps) };
}

/** Steps as columns, on their own (a part of a trace: see traceParts.ts). */
export function encodeSteps(steps: StepTable): StepColumns {
  const spanIndex = new Map<string, number>();
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  const cols: StepColumns = { count: steps.length, spans: [], span: [], thread: [], depth: [], events: [], deltas: [], strings, values: [], objects: [] };
  const lastVar = new Map<number, { frame: number; v: VarState }>();
  const blocks = new Map<number, BlockSeen>();
  let thread = 0;
  let depth = 0;
  let lastEvents = -1;
  let lastDeltas = -1;
  for (let i = 0; i < steps.length; i++) {
    const s = steps.at(i)!;
    const key = `${s.line},${s.column},${s.endLine},${s.endColumn}`;
    let si = spanIndex.get(key);
    if (si === undefined) {
      si = spanIndex.size;
      spanIndex.set(key, si);
      cols.spans.push(s.line, s.column, s.endLine, s.endColumn);
    }
    cols.span.push(si);
    if (i === 0 || s.thread !== thread) cols.thread.push(i, (thread = s.thread));
    if (i === 0 || s.depth !== depth) cols.depth.push(i, (depth = s.depth));
    if (s.events.length > 0) {
      cols.events.push(i - lastEvents, s.events);
      lastEvents = i;
    }
    if (s.deltas.length === 0) continue;
    cols.deltas.push(i - lastDeltas, s.deltas.length);
    lastDeltas = i;
    for (const d of s.deltas) encodeDelta(d);
  }
  function encodeDelta(d: StateDelta): void {
    const out = cols.deltas;
    switch (d.op) {
      case 'set-var': {
        const prev = lastVar.get(d.var.id);
        lastVar.set(d.var.id, { frame: d.frame, v: d.var });
        if (!isPlainVar(d.var)) break;
        if (prev && prev.frame === d.frame && isPlainVar(prev.v) && prev.v.name === d.var.name && prev.v.type === d.var.type && prev.v.size === d.var.size) {
          out.push(Op.SetValue, d.var.id);
        } else out.push(Op.SetVar, d.frame, d.var.id, str(d.var.name), str(d.var.type), d.var.size);
        cols.values.push(d.var.value);
        return;
      }
      case 'remove-var':
        out.push(Op.RemoveVar, d.frame, d.var);
        return;
      case 'pop-frame':
        out.push(Op.PopFrame, d.frame);
        return;
      case 'free-block':
        out.push(Op.FreeBlock, d.block);
        return;
      case 'set-block':
        if (encodeBlock(d)) return;
        blocks.set(d.block.id, { record: cols.objects.length, points: d.block.points, value: d.block.value });
        break;
      default:
        break;
    }
    out.push(Op.Object);
    cols.objects.push(d);
  }
  /** A set-block as integers when only its value, counts and pointers differ from the block's last record. */
  function encodeBlock(d: StateDelta & { op: 'set-block' }): boolean {
    const seen = blocks.get(d.block.id);
    if (!seen) return false;
    const r = cols.objects[seen.record] as StateDelta & { op: 'set-block' };
    const b = d.block as unknown as Record<string, unknown>;
    if (!sameExcept(d, r, 'block') || !sameExcept(d.block, r.block, 'value', 'points', ...BLOCK_COUNTS)) return false;
    for (const k of BLOCK_COUNTS) if (k in b && !int32(b[k])) return false;
    const changed = !samePoints(seen.points, d.block.points);
    const edit = changed ? pointsEdit(seen.points, d.block.points) : undefined;
    const added: number[] = [];
    if (edit) {
      for (const p of edit.added) {
        const ints = pointerInts(p, str);
        if (!ints) return false;
        for (const n of ints) added.push(n);
      }
    }
    const out = cols.deltas;
    out.push(changed ? Op.SetBlockEdit : Op.SetBlockOf, seen.record, d.block.value === seen.value ? 0 : 1);
    if (d.block.value !== seen.value) cols.values.push(d.block.value);
    for (const k of BLOCK_COUNTS) if (k in b) out.push(b[k] as number);
    if (edit) {
      out.push(edit.keep, edit.suffix, edit.added.length);
      for (const n of added) out.push(n);
    }
    seen.points = d.block.points;
    seen.value = d.block.value;
    return true;
  }
  return cols;
}

export function isTraceColumns(value: unknown): value is TraceColumns {
  const t = value as Partial<TraceColumns> | null;
  return typeof t === 'object' && t !== null && t.format === TRACE_COLUMNS_FORMAT && t.version === TRACE_VERSION && typeof t.steps === 'object' && t.steps !== null && Array.isArray(t.steps.span);
}

/** The `Trace` that `encodeTrace` was given. Throws on columns that do not fit together. */
export function decodeTrace(columns: TraceColumns): Trace {
  const { steps: cols, format: _format, ...rest } = columns;
  return { ...rest, steps: decodeSteps(cols) };
}

/** The steps that `encodeSteps` was given. Throws on columns that do not fit together. */
export function decodeSteps(cols: StepColumns): StepTable {
  if (typeof cols !== 'object' || cols === null || !Array.isArray(cols.span) || !Array.isArray(cols.deltas)) throw new Error('not a trace written by encodeTrace: no step columns');
  const { spans, span, strings, values, objects } = cols;
  const ints = cols.deltas;
  const steps = new StepTable();
  const lastVar = new Map<number, { frame: number; v: VarState }>();
  const blocks = new Map<number, BlockSeen>();
  let nextEvents = 0;
  let eventStep = cols.events.length > 0 ? (cols.events[0] as number) - 1 : -1;
  let at = 0;
  let deltaStep = ints.length > 0 ? (ints[0] as number) - 1 : -1;
  let nextValue = 0;
  let nextObject = 0;
  let ti = 0;
  let di = 0;
  let thread = 0;
  let depth = 0;
  const fail = (what: string): never => {
    throw new Error(`not a trace written by encodeTrace: ${what}`);
  };
  const int = (): number => {
    const v = ints[at++];
    return typeof v === 'number' ? v : fail('the delta stream ends early');
  };
  const value = (): string => values[nextValue++] ?? fail('a value is missing');
  const string = (i: number): string => strings[i] ?? fail(`no string ${i}`);
  for (let i = 0; i < cols.count; i++) {
    if (cols.thread[ti] === i) {
      thread = cols.thread[ti + 1] as number;
      ti += 2;
    }
    if (cols.depth[di] === i) {
      depth = cols.depth[di + 1] as number;
      di += 2;
    }
    const k = span[i];
    if (k === undefined || spans[k * 4 + 3] === undefined) fail(`step ${i} has no span`);
    const s = k! * 4;
    let events: TraceEvent[] = [];
    if (i === eventStep) {
      events = cols.events[nextEvents * 2 + 1] as TraceEvent[];
      nextEvents++;
      const gap = cols.events[nextEvents * 2];
      eventStep = typeof gap === 'number' ? i + gap : -1;
    }
    const deltas: StateDelta[] = [];
    if (i === deltaStep) {
      at++;
      const count = int();
      for (let n = 0; n < count; n++) deltas.push(decodeDelta());
      deltaStep = at < ints.length ? i + (ints[at] as number) : -1;
    }
    steps.push({ line: spans[s] as number, column: spans[s + 1] as number, endLine: spans[s + 2] as number, endColumn: spans[s + 3] as number, thread, depth, events, deltas });
  }
  function decodeDelta(): StateDelta {
    switch (int()) {
      case Op.Object: {
        const d = objects[nextObject++] ?? fail('a delta object is missing');
        if (d.op === 'set-var') lastVar.set(d.var.id, { frame: d.frame, v: d.var });
        else if (d.op === 'set-block') blocks.set(d.block.id, { record: nextObject - 1, points: d.block.points, value: d.block.value });
        return d;
      }
      case Op.SetBlockOf:
        return decodeBlock(false);
      case Op.SetBlockEdit:
        return decodeBlock(true);
      case Op.SetVar: {
        const frame = int();
        const v: VarState = { id: int(), name: string(int()), type: string(int()), size: int(), value: value(), points: [] };
        lastVar.set(v.id, { frame, v });
        return { op: 'set-var', frame, var: v };
      }
      case Op.SetValue: {
        const id = int();
        const prev = lastVar.get(id) ?? fail(`variable ${id} changes before it is set`);
        const v: VarState = { id, name: prev.v.name, type: prev.v.type, size: prev.v.size, value: value(), points: [] };
        lastVar.set(id, { frame: prev.frame, v });
        return { op: 'set-var', frame: prev.frame, var: v };
      }
      case Op.RemoveVar:
        return { op: 'remove-var', frame: int(), var: int() };
      case Op.PopFrame:
        return { op: 'pop-frame', frame: int() };
      case Op.FreeBlock:
        return { op: 'free-block', block: int() };
      default:
        return fail('an unknown delta');
    }
  }
  function decodeBlock(edit: boolean): StateDelta {
    const index = int();
    const r = index < nextObject ? objects[index] : undefined;
    if (r?.op !== 'set-block') return fail(`delta object ${index} is not an earlier set-block`);
    const seen = blocks.get(r.block.id) ?? fail(`block ${r.block.id} changes before it is set`);
    // Spread from the record: the fields come back in the order they were written in.
    const block = { ...r.block } as Record<string, unknown>;
    block.value = int() === 1 ? value() : seen.value;
    for (const k of BLOCK_COUNTS) if (k in block) block[k] = int();
    let points = seen.points;
    if (edit) {
      const keep = int();
      const suffix = int();
      const n = int();
      const added: Pointer[] = [];
      for (let p = 0; p < n; p++) {
        const flags = int();
        const id = int();
        const at = int();
        const cell = int();
        added.push(pointerOf(flags, id, at, flags & HAS_CELL ? string(cell) : undefined, string(int())));
      }
      if (keep + suffix > points.length) fail(`block ${r.block.id}'s pointer edit keeps more than it has`);
      points = points.slice();
      applyPointsEdit(points, keep, suffix, added);
    }
    block.points = points;
    seen.points = points;
    seen.value = block.value as string;
    return { ...r, block: block as unknown as HeapBlockState };
  }
  if (nextObject !== objects.length || nextValue !== values.length || at !== ints.length) fail('columns left over');
  return steps.seal();
}
