// The simulated run's memory against the real build's: heap traffic (`NAME.heap.json`, from a
// logging global allocator) and frame sizes (`NAME.frames.json`, from the debug build's function
// prologues), both recorded by scripts/goldens/. programs.test.ts feeds every passing golden's
// trace to a `MemoryTally`; its totals are ratcheted against memory-floors.json, so the simulator
// may get closer to the real build but never silently further away.
import * as fs from 'node:fs';
import type { Trace } from '../../protocol/trace';
import { frontEnd } from '../../server/src/engine/frontEnd';
import { parseRust } from '../../server/src/engine/parse/parser';
import type { Item } from '../../server/src/engine/syntax/ast';

export type HeapEvent = ['alloc', number] | ['realloc', number, number] | ['dealloc', number];

/** The heap traffic of a trace, up to its first panic (the recording stops at the panic hook). */
export function heapEventsOfTrace(trace: Trace): HeapEvent[] {
  const sizes = new Map<number, number>();
  const out: HeapEvent[] = [];
  for (const step of trace.steps) {
    for (const e of step.events) {
      if (e.kind === 'panic') return out;
      if (e.kind === 'alloc') {
        sizes.set(e.block, e.size);
        out.push(['alloc', e.size]);
      } else if (e.kind === 'realloc') {
        out.push(['realloc', sizes.get(e.block) ?? -1, e.size]);
        sizes.set(e.block, e.size);
      } else if (e.kind === 'free') {
        out.push(['dealloc', sizes.get(e.block) ?? -1]);
      }
    }
  }
  return out;
}

/** Where two event lists first differ, in words, or undefined when they are equal. */
export function firstHeapDifference(want: readonly HeapEvent[], got: readonly HeapEvent[]): string | undefined {
  const n = Math.max(want.length, got.length);
  for (let i = 0; i < n; i++) {
    const w = want[i];
    const g = got[i];
    if (JSON.stringify(w) !== JSON.stringify(g)) {
      const say = (e: HeapEvent | undefined) => (e ? e.join(' ') : 'nothing');
      return `event ${i + 1} of ${want.length}: rustc's build ${say(w)}, the trace ${say(g)}`;
    }
  }
  return undefined;
}

/**
 * The trace's name for a function of the real build: `<Noisy as core::ops::drop::Drop>::drop` is
 * `Noisy::drop`, `Stack<T>::push` is `Stack::push`.
 */
export function traceName(realName: string): string {
  const impl = /^<([^<>]+(?:<[^<>]*>)?) as [^<>]+(?:<[^<>]*>)?>::(.+)$/.exec(realName);
  const name = impl ? `${impl[1]}::${impl[2]}` : realName;
  return name.replace(/<[^<>]*>/g, '');
}

/**
 * The trait impls the program writes itself, as `Type as Trait` (last path segments). A derived
 * impl (`#[derive(Debug)]`) is std's code, which the simulator runs without a frame: its real
 * function must not stand in for a written impl whose trace name is the same (`Expr::fmt`).
 */
export function writtenImpls(source: string): Set<string> {
  const out = new Set<string>();
  const walk = (items: readonly Item[]) => {
    for (const item of items) {
      if (item.kind === 'Mod' && item.items) walk(item.items);
      if (item.kind !== 'Impl' || !item.trait || item.selfTy.kind !== 'PathType') continue;
      const last = (segments: readonly { ident: { name: string } }[]) => segments[segments.length - 1]?.ident.name ?? '';
      out.add(`${last(item.selfTy.path.segments)} as ${last(item.trait.segments)}`);
    }
  };
  walk(frontEnd(parseRust(source), source).ast.root.items);
  return out;
}

/** `Expr as Debug` for `<Expr as core::fmt::Debug>::fmt` (and its closures); undefined for an inherent fn. */
function implOf(realName: string): string | undefined {
  const m = /^<(?:[\w:]+::)?(\w+)(?:<[^<>]*>)? as (?:[\w:]+::)?(\w+)(?:<[^<>]*>)?>::/.exec(realName);
  return m ? `${m[1]} as ${m[2]}` : undefined;
}

/**
 * The recorded size a simulated frame is judged against. The recording names a generic
 * function's instantiations alike (`largest` for `largest::<i32>` and `largest::<char>`) and gives
 * one size per instantiation, so the function's first simulated call, whose instance the trace
 * does not name, is held to the instantiation nearest its size; a function that is not generic
 * has one size.
 */
function nearest(sizes: readonly number[], sim: number): number {
  let best = sizes[0] as number;
  for (const s of sizes) if (Math.abs(s - sim) / s < Math.abs(best - sim) / best) best = s;
  return best;
}

export interface FramePair {
  program: string;
  fn: string;
  sim: number;
  real: number;
}

export class MemoryTally {
  heapExact: string[] = [];
  heapDifferent: { program: string; why: string }[] = [];
  frames: FramePair[] = [];

  add(rel: string, program: string, trace: Trace): void {
    const heapFile = program.replace(/\.rs$/, '.heap.json');
    if (fs.existsSync(heapFile)) {
      const want = (JSON.parse(fs.readFileSync(heapFile, 'utf8')) as { events: HeapEvent[] }).events;
      const why = firstHeapDifference(want, heapEventsOfTrace(trace));
      if (why) this.heapDifferent.push({ program: rel, why });
      else this.heapExact.push(rel);
    }
    const framesFile = program.replace(/\.rs$/, '.frames.json');
    if (fs.existsSync(framesFile)) {
      const real = new Map<string, readonly number[]>();
      const written = writtenImpls(fs.readFileSync(program, 'utf8'));
      const recorded = Object.entries(JSON.parse(fs.readFileSync(framesFile, 'utf8')) as Record<string, number[]>);
      // A written impl's function before a derived one of the same trace name.
      const derived = (name: string) => {
        const impl = implOf(name);
        return impl !== undefined && !written.has(impl);
      };
      recorded.sort(([a], [b]) => Number(derived(a)) - Number(derived(b)));
      for (const [name, sizes] of recorded) if (!real.has(traceName(name))) real.set(traceName(name), sizes);
      const seen = new Set<string>();
      for (const step of trace.steps) {
        for (const e of step.events) {
          if (e.kind !== 'call' || seen.has(e.fn)) continue;
          seen.add(e.fn);
          const sizes = real.get(traceName(e.fn));
          if (sizes !== undefined) this.frames.push({ program: rel, fn: e.fn, sim: e.size, real: nearest(sizes, e.size) });
        }
      }
    }
  }

  /** Frames whose simulated size is within `tolerance` (0.2 = ±20 %) of the real one. */
  framesWithin(tolerance: number): number {
    return this.frames.length - this.framesOutside(tolerance).length;
  }

  /** Frames further than `tolerance` from the real size, the furthest first. */
  framesOutside(tolerance: number): FramePair[] {
    const off = (f: FramePair) => Math.abs(f.sim - f.real) / f.real;
    return this.frames.filter((f) => off(f) > tolerance).sort((a, b) => off(b) - off(a));
  }

  /** The distribution of simulated / real frame sizes, for the report. */
  frameRatios(): { median: number; deciles: number[] } {
    const ratios = this.frames.map((f) => f.sim / f.real).sort((a, b) => a - b);
    const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))] ?? NaN;
    return { median: at(0.5), deciles: [0.1, 0.25, 0.5, 0.75, 0.9].map(at) };
  }
}
