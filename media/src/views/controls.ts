// The stepping controls: first / back over / previous / play-pause / next / step over / step out /
// last, the speed, a slider over every step with the snapshot points marked on it, and the label
// "Step n of N · line L". Every control is a real button or input with a label, so it is reachable
// with Tab and announced by screen readers; the keys ← → Home End work anywhere in the panel.
import type { StepTable } from '../../../protocol/stepTable';
import type { Snapshot, Step } from '../../../protocol/trace';
import { el, setText } from '../dom';
import { icon, setIcon, type IconName } from '../icons';

export type Move = 'first' | 'backOver' | 'prev' | 'next' | 'over' | 'out' | 'last';

export interface ControlEvents {
  move(m: Move): void;
  seek(step: number): void;
  togglePlay(): void;
}

const BUTTONS: { move: Move; icon: IconName; label: string; keys?: string }[] = [
  { move: 'first', icon: 'first', label: 'First step', keys: 'Home' },
  { move: 'backOver', icon: 'back', label: 'Step back over calls', keys: 'Shift+ArrowLeft' },
  { move: 'prev', icon: 'prev', label: 'Previous step', keys: 'ArrowLeft' },
  { move: 'next', icon: 'next', label: 'Next step', keys: 'ArrowRight' },
  { move: 'over', icon: 'over', label: 'Step over calls', keys: 'Shift+ArrowRight' },
  { move: 'out', icon: 'out', label: 'Step out of this function', keys: 'Shift+ArrowUp' },
  { move: 'last', icon: 'last', label: 'Last step', keys: 'End' },
];

export const SPEEDS = [1, 2, 4, 8, 16, 60];

export class Controls {
  readonly root = el('div', 'controls');
  readonly slider = el('input', 'slider');
  readonly speed = el('select', 'speed');
  private readonly play = el('button', 'btn play');
  private readonly label = el('span', 'step-label');
  private readonly markers = el('div', 'markers');
  /** Which thread ran each stretch of steps, as colours under the slider (only with threads). */
  private readonly threads = el('div', 'thread-strip');
  private readonly snapshotMenu = el('select', 'snapshots');
  private readonly buttons = new Map<Move, HTMLButtonElement>();
  private playing = false;

  constructor(private readonly on: ControlEvents) {
    const bar = el('div', 'toolbar');
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Step through the run');
    for (const b of BUTTONS) {
      const button = el('button', 'btn');
      button.type = 'button';
      button.append(icon(b.icon));
      button.setAttribute('aria-label', b.label);
      button.title = b.keys ? `${b.label} (${b.keys.replace('Arrow', '')})` : b.label;
      if (b.keys) button.setAttribute('aria-keyshortcuts', b.keys);
      button.addEventListener('click', () => on.move(b.move));
      this.buttons.set(b.move, button);
      bar.append(button);
      if (b.move === 'prev') bar.append(this.play);
    }
    this.play.type = 'button';
    this.play.append(icon('play'));
    this.play.setAttribute('aria-label', 'Play');
    this.play.title = 'Play (Space)';
    this.play.setAttribute('aria-keyshortcuts', 'Space');
    this.play.addEventListener('click', () => on.togglePlay());

    const speedLabel = el('label', 'speed-label');
    speedLabel.append(el('span', 'speed-text', 'Speed'), this.speed);
    for (const s of SPEEDS) {
      const o = el('option', undefined, `${s} step${s === 1 ? '' : 's'}/s`);
      o.value = String(s);
      this.speed.append(o);
    }
    this.speed.value = '4';
    this.label.setAttribute('aria-live', 'off');
    this.snapshotMenu.setAttribute('aria-label', 'Go to a snapshot');
    this.snapshotMenu.addEventListener('change', () => {
      const step = Number(this.snapshotMenu.value);
      if (step >= 0) on.seek(step);
      this.snapshotMenu.value = '-1';
    });
    bar.append(speedLabel, this.snapshotMenu, this.label);

    this.slider.type = 'range';
    this.slider.min = '0';
    this.slider.step = '1';
    this.slider.setAttribute('aria-label', 'Step');
    this.slider.addEventListener('input', () => on.seek(Number(this.slider.value)));
    const track = el('div', 'timeline');
    track.append(this.slider, this.threads, this.markers);
    this.root.append(bar, track);
  }

  get stepsPerSecond(): number {
    return Number(this.speed.value) || 4;
  }

  setRange(stepCount: number, snapshots: readonly Snapshot[], seek: (step: number) => void): void {
    this.slider.max = String(Math.max(0, stepCount - 1));
    this.slider.disabled = stepCount <= 1;
    const max = Math.max(1, stepCount - 1);
    const marks = snapshots.filter((s) => s.step < stepCount).map((s) => {
      const m = el('button', 'marker');
      m.type = 'button';
      m.style.left = `${(s.step / max) * 100}%`;
      const name = s.label || `line ${s.line}`;
      m.setAttribute('aria-label', `Snapshot ${name}, step ${s.step + 1}`);
      m.title = `Snapshot ${name} (line ${s.line})`;
      m.append(el('span', 'marker-label', name));
      m.addEventListener('click', () => seek(s.step));
      return m;
    });
    this.markers.replaceChildren(...marks);
    const shown = snapshots.filter((s) => s.step < stepCount);
    const head = el('option', undefined, shown.length ? `Snapshots (${shown.length})` : 'No snapshots');
    head.value = '-1';
    this.snapshotMenu.replaceChildren(
      head,
      ...shown.map((s) => {
        const o = el('option', undefined, `${s.label || `line ${s.line}`} · step ${s.step + 1}`);
        o.value = String(s.step);
        return o;
      }),
    );
    this.snapshotMenu.value = '-1';
    this.snapshotMenu.classList.toggle('hidden', shown.length === 0);
  }

  /**
   * Colours the slider's track by the thread that ran each stretch of steps, when the run has
   * more than one thread (one colour per thread, in the order they appear).
   */
  setThreads(steps: StepTable, names: ReadonlyMap<number, string>): void {
    const runs: { thread: number; from: number }[] = [];
    for (let i = 0; i < steps.length; i++) {
      const t = steps.thread(i);
      if (runs.length === 0 || runs[runs.length - 1]!.thread !== t) runs.push({ thread: t, from: i });
    }
    const ids = [...new Set(runs.map((r) => r.thread))];
    if (ids.length < 2) return this.threads.replaceChildren();
    const n = Math.max(1, steps.length);
    // Stretches too short to see are drawn at least 1 px wide by the flex layout; beyond 400 they are merged.
    const shown = runs.length > 400 ? runs.filter((_, i) => i % Math.ceil(runs.length / 400) === 0) : runs;
    this.threads.replaceChildren(
      ...shown.map((r, i) => {
        const to = i + 1 < shown.length ? shown[i + 1]!.from : n;
        const seg = el('span', `thread-run thread-${ids.indexOf(r.thread) % 6}`);
        seg.style.flexGrow = String(to - r.from);
        seg.title = `Thread '${names.get(r.thread) ?? r.thread}': steps ${r.from + 1}–${to}`;
        return seg;
      }),
    );
  }

  update(step: number, stepCount: number, line: number | undefined, complete = true): void {
    const count = complete ? String(stepCount) : `${stepCount}+ (loading)`;
    const text = stepCount === 0 ? 'No steps' : `Step ${step + 1} of ${count}${line ? ` · line ${line}` : ''}`;
    setText(this.label, text);
    if (this.slider.value !== String(step)) this.slider.value = String(step);
    this.slider.setAttribute('aria-valuetext', text);
    const atStart = step <= 0;
    const atEnd = step >= stepCount - 1;
    for (const m of ['first', 'backOver', 'prev'] as const) this.buttons.get(m)!.disabled = atStart;
    for (const m of ['next', 'over', 'out', 'last'] as const) this.buttons.get(m)!.disabled = atEnd && complete;
  }

  setPlaying(playing: boolean): void {
    if (playing === this.playing) return;
    this.playing = playing;
    setIcon(this.play, playing ? 'pause' : 'play');
    this.play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    this.play.setAttribute('aria-pressed', String(playing));
    this.play.title = playing ? 'Pause (Space)' : 'Play (Space)';
  }
}
