// The Memory Inspector: one trace, one current step, and the views that draw the step. Moving to
// a step only schedules a render; renders are coalesced to one per animation frame, and each view
// rewrites only what changed, so holding → or dragging the slider through 100,000 steps keeps up.
import type { Trace } from '../../protocol/trace';
import { appendPart, type TracePart } from '../../protocol/traceParts';
import { firstStepAtLine, stepBackOver, stepOut, stepOver } from '../../protocol/navigation';
import type { Host } from './host';
import { Anchors } from './anchors';
import { cycleComponents } from './cycles';
import { el, setText, toggle } from './dom';
import { StateCursor } from './timeline';
import { dropRun } from './dropWalk';
import { ArrowLayer } from './views/arrows';
import { changesOf } from './views/changes';
import { ConsoleView } from './views/console';
import { Controls, type Move } from './views/controls';
import { EventsView } from './views/events';
import { HeapView } from './views/heap';
import { endSummary, OutcomeView } from './views/outcome';
import { SourceView } from './views/source';
import { sourceDivider } from './views/divider';
import { StackView } from './views/stack';
import { PermissionsView } from './permissions';

export interface InspectorOptions {
  /** The program's text, shown beside the memory (standalone replays). */
  source?: string;
  /** Tells the host about steps the user chose (not those the host asked for). */
  onUserStep?(step: number, line: number): void;
  /** A line reference in the panel was clicked. */
  onLine?(line: number): void;
  /** "Run as if accepted" was clicked in the banner of a program only the borrow checker rejects. */
  onAsIfAccepted?(): void;
}

interface Loaded {
  trace: Trace;
  uri: string;
  cursor: StateCursor;
  stack: StackView;
  heap: HeapView;
  arrows: ArrowLayer;
  memory: HTMLElement;
  events: EventsView;
  console: ConsoleView;
  outcome: OutcomeView;
  source: SourceView | undefined;
  leaked: Set<number>;
  permissions: PermissionsView | undefined;
}

export class Inspector {
  private readonly header = el('header', 'topbar');
  private readonly title = el('h1', 'title');
  private readonly chip = el('span', 'chip');
  private readonly status = el('p', 'status');
  private readonly announcer = el('div', 'sr-only');
  private readonly body = el('div', 'body');
  private readonly controls: Controls;
  private loaded: Loaded | undefined;
  private step = 0;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private fromUser = false;
  /** While a scope's end is played one drop at a time: its drop steps and the one shown. */
  private walk: { run: number[]; at: number } | undefined;
  /** False while parts of the trace are still to come. */
  private complete = true;
  /** A step asked for before its part arrived. */
  private wanted: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: Host,
    private readonly options: InspectorOptions = {},
  ) {
    this.controls = new Controls({
      move: (m) => this.move(m),
      seek: (s) => this.goto(s, true),
      togglePlay: () => this.togglePlay(),
    });
    this.announcer.setAttribute('aria-live', 'polite');
    this.header.append(this.title, this.chip);
    root.replaceChildren(this.header, this.status, this.controls.root, this.body, this.announcer);
    toggle(this.controls.root, 'hidden', true);
    document.addEventListener('keydown', (e) => this.onKey(e));
    new ResizeObserver(() => this.schedule()).observe(this.body);
  }

  showStatus(text: string, busy: boolean): void {
    setText(this.status, text);
    toggle(this.status, 'busy', busy);
    toggle(this.status, 'hidden', false);
    if (!this.loaded) toggle(this.controls.root, 'hidden', true);
  }

  show(trace: Trace, uri: string, step: number, complete = true): void {
    this.stopPlaying();
    this.complete = complete;
    this.wanted = !complete && step >= trace.steps.length ? step : undefined;
    const onLine = (line: number) => this.revealLine(line);
    const memory = el('div', 'memory');
    // An expanded value or a scrolled heap moves things: the step is drawn again (views only
    // rewrite what changed), which places the blocks and arrows anew.
    const relayout = () => this.schedule();
    const stack = new StackView(trace.threads, relayout);
    const heap = new HeapView(onLine, relayout);
    const arrows = new ArrowLayer(memory, heap.root);
    memory.append(stack.root, heap.root, arrows.root);
    const wrap = el('div', 'memory-wrap');
    wrap.append(memory);
    const source = this.options.source !== undefined ? new SourceView(this.options.source, trace, (l) => this.gotoLine(l)) : undefined;
    const events = new EventsView(() => this.playDrops());
    const console = new ConsoleView();
    const outcome = new OutcomeView(trace, onLine, this.options.onAsIfAccepted);
    const panes = el('div', source ? 'panes with-source' : 'panes');
    if (source) panes.append(source.root, sourceDivider(panes, source.root, source.longestLine, relayout));
    panes.append(wrap);
    const lower = el('div', 'lower');
    lower.append(events.root, console.root);
    this.body.replaceChildren(outcome.banner, panes, lower, outcome.atEnd);
    this.loaded?.permissions?.strip.remove();
    const permissions = trace.permissions?.length ? new PermissionsView(trace, (s) => this.goto(s, true)) : undefined;
    if (permissions) this.controls.root.append(permissions.strip);
    this.loaded = {
      trace,
      uri,
      cursor: new StateCursor(trace),
      stack,
      heap,
      arrows,
      memory,
      events,
      console,
      outcome,
      source,
      leaked: new Set(trace.leaks.map((l) => l.block)),
      permissions,
    };
    const name = trace.file.split(/[\\/]/).pop() ?? trace.file;
    setText(this.title, `${name} · fn ${trace.entry}`);
    setText(this.chip, trace.leaks.length > 0 ? `${endSummary(trace.end)} · ${trace.leaks.length} leaked` : endSummary(trace.end));
    toggle(this.chip, 'bad', trace.end.kind !== 'exit' || trace.leaks.length > 0);
    toggle(this.status, 'hidden', trace.steps.length > 0);
    if (trace.steps.length === 0) setText(this.status, 'The run has no steps to show.');
    toggle(this.controls.root, 'hidden', false);
    this.controls.setRange(trace.steps.length, trace.snapshots, (s) => this.goto(s, true));
    this.controls.setThreads(trace.steps, new Map(trace.threads.map((t) => [t.id, t.name])));
    this.step = this.clamp(step);
    this.renderNow();
    // The load-time figure of the scale test: from navigation to the first step drawn.
    performance.mark('rustmem-first-render');
  }

  /** The next part of a trace that arrives in parts (see traceParts.ts). */
  append(part: TracePart, complete: boolean): void {
    const l = this.loaded;
    if (!l || !appendPart(l.trace, part)) return;
    l.cursor.addCheckpoints(part.checkpoints);
    l.source?.stepsArrived();
    l.permissions?.stepsArrived();
    this.complete = complete;
    this.controls.setRange(l.trace.steps.length, l.trace.snapshots, (s) => this.goto(s, true));
    if (complete) this.controls.setThreads(l.trace.steps, new Map(l.trace.threads.map((t) => [t.id, t.name])));
    if (this.wanted !== undefined && (this.wanted < l.trace.steps.length || complete)) {
      this.step = this.clamp(this.wanted);
      this.wanted = undefined;
    }
    if (complete) performance.mark('rustmem-complete');
    this.schedule();
  }

  /** Moves to `step`; `user` when the user chose it (the host is told). */
  goto(step: number, user: boolean): void {
    if (!this.loaded) return;
    if (!this.complete && step >= this.loaded.trace.steps.length) this.wanted = step;
    const s = this.clamp(step);
    if (s === this.step && !user) return;
    if (this.timer === undefined || s !== this.step) this.walk = undefined;
    this.step = s;
    this.fromUser ||= user;
    this.schedule();
  }

  gotoLine(line: number): void {
    if (!this.loaded) return;
    const s = firstStepAtLine(this.loaded.trace, line);
    if (s !== undefined) this.goto(s, true);
  }

  private revealLine(line: number): void {
    if (this.options.onLine) this.options.onLine(line);
    else this.gotoLine(line);
  }

  private clamp(step: number): number {
    const n = this.loaded?.trace.steps.length ?? 0;
    return Math.max(0, Math.min(Number.isFinite(step) ? Math.trunc(step) : 0, n - 1));
  }

  private move(m: Move): void {
    if (!this.loaded) return;
    const t = this.loaded.trace;
    const s = this.step;
    const to: Record<Move, () => number> = {
      first: () => 0,
      backOver: () => stepBackOver(t, s),
      prev: () => s - 1,
      next: () => s + 1,
      over: () => stepOver(t, s),
      out: () => stepOut(t, s),
      last: () => t.steps.length - 1,
    };
    this.stopPlaying();
    this.goto(to[m](), true);
  }

  /** Walks the drop steps of the scope's end around the current step, one at a time, at the chosen speed. */
  private playDrops(): void {
    const l = this.loaded;
    if (!l) return;
    this.stopPlaying();
    const run = dropRun(l.trace.steps, this.step);
    if (run.length === 0) return;
    const walk = { run, at: 0 };
    this.walk = walk;
    this.step = run[0]!;
    this.fromUser = true;
    this.controls.setPlaying(true);
    this.schedule();
    const tick = () => {
      if (this.walk !== walk) return this.stopPlaying();
      if (walk.at >= run.length - 1) {
        this.walk = undefined;
        this.schedule();
        return this.stopPlaying();
      }
      walk.at++;
      this.step = run[walk.at]!;
      this.fromUser = true;
      this.schedule();
      this.timer = setTimeout(tick, 1000 / this.controls.stepsPerSecond);
    };
    this.timer = setTimeout(tick, 1000 / this.controls.stepsPerSecond);
  }

  private togglePlay(): void {
    if (this.timer !== undefined) return this.stopPlaying();
    if (!this.loaded) return;
    if (this.step >= this.loaded.trace.steps.length - 1) this.goto(0, true);
    this.controls.setPlaying(true);
    const tick = () => {
      if (!this.loaded || this.step >= this.loaded.trace.steps.length - 1) return this.stopPlaying();
      this.goto(this.step + 1, true);
      this.timer = setTimeout(tick, 1000 / this.controls.stepsPerSecond);
    };
    this.timer = setTimeout(tick, 1000 / this.controls.stepsPerSecond);
  }

  private stopPlaying(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.walk !== undefined) {
      this.walk = undefined;
      this.schedule();
    }
    this.timer = undefined;
    this.controls.setPlaying(false);
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.loaded || e.altKey || e.ctrlKey || e.metaKey) return;
    const t = e.target as HTMLElement | null;
    // The slider and the speed list handle their own arrow keys.
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
    const onButton = t?.tagName === 'BUTTON';
    let m: Move | undefined;
    if (e.key === 'ArrowRight') m = e.shiftKey ? 'over' : 'next';
    else if (e.key === 'ArrowLeft') m = e.shiftKey ? 'backOver' : 'prev';
    else if (e.key === 'ArrowUp' && e.shiftKey) m = 'out';
    else if (e.key === 'Home') m = 'first';
    else if (e.key === 'End') m = 'last';
    else if (e.key === ' ' && !onButton) {
      e.preventDefault();
      this.togglePlay();
      return;
    }
    if (!m) return;
    e.preventDefault();
    this.move(m);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.renderNow();
    });
  }

  private renderNow(): void {
    const l = this.loaded;
    if (!l || l.trace.steps.length === 0) return;
    const step = this.step;
    const s = l.trace.steps.at(step)!;
    const last = l.trace.steps.length - 1;
    const walk = this.walk;
    const state = l.cursor.seek(step);
    const changes = changesOf(s);
    const anchors = new Anchors();
    const cycles = cycleComponents(state.blocks);
    const atEnd = step === last && this.complete;
    const leaked = atEnd ? l.leaked : new Set<number>();
    l.stack.render(state, changes, anchors, (line) => this.revealLine(line));
    l.permissions?.render(state, step, anchors);
    l.heap.render(state, changes, { cycle: new Set(cycles.keys()), leaked }, anchors);
    const placed = l.heap.arrange(anchors);
    l.arrows.draw(anchors, cycles);
    // The heap layout figure of the bench script (blocks placed, milliseconds).
    this.root.dataset['heapLayout'] = `${placed.blocks} ${placed.ms.toFixed(2)}`;
    l.events.render(s, walk ? walk.run.length : dropRun(l.trace.steps, step).length, walk?.at);
    this.root.dataset['drop'] = walk === undefined ? '' : String(walk.at);
    l.console.render(l.trace.output, step, atEnd ? last : Infinity);
    l.outcome.render(atEnd);
    l.source?.render(s.line);
    this.controls.update(step, l.trace.steps.length, s.line, this.complete);
    this.host.saveState({ uri: l.uri, step, line: s.line });
    // Tests and automation wait on this instead of on time.
    this.root.dataset['step'] = String(step);
    if (this.timer === undefined) setText(this.announcer, `Step ${step + 1}, line ${s.line}`);
    if (this.fromUser) {
      this.fromUser = false;
      this.options.onUserStep?.(step, s.line);
    }
  }
}
