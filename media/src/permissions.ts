// Permissions (R read, W write, O own) in the Memory Inspector, from the trace's `permissions`
// (protocol/permissions.ts): three small badges beside each stack variable at the current step,
// and under the timeline a strip per variable of the current frame along its steps, coloured by
// how many permissions it has, so a borrow shows as a stretch where `v` is down to R.
// A step shows memory after its line ran, so the innermost frame's permissions are those of the
// line its function runs next (the next step at the frame's depth); a caller's are those of the
// line of its call, which is still running.
import type { FnPermissions, PermissionsAt } from '../../protocol/permissions';
import { fnPermissionsFor, permissionsAt } from '../../protocol/permissions';
import type { FrameState, MemoryState, Trace } from '../../protocol/trace';
import type { Anchors } from './anchors';
import { el, setText } from './dom';

/** Segments drawn per strip at most: a longer run is shown in buckets, each with its fewest permissions. */
const MAX_SEGMENTS = 240;

const NAMES: Record<string, string> = { R: 'read', W: 'write', O: 'own' };

/** "R -- --": the letters as the hints and the CLI write them. */
function spaced(perms: string): string {
  return [...perms].map((c) => (c === '-' ? '--' : c)).join(' ');
}

function describe(name: string, line: number, p: PermissionsAt, deref?: PermissionsAt): string {
  let text = `line ${line}: ${name} has ${spaced(p.perms)}${p.why ? ` (${p.why})` : ''}`;
  if (deref) text += `\n*${name} has ${spaced(deref.perms)}${deref.why ? ` (${deref.why})` : ''}`;
  return text;
}

interface Segment {
  from: number;
  count: number;
  perms: string;
  title: string;
}

export class PermissionsView {
  /** Under the timeline: the strips of the current frame's variables. */
  readonly strip = el('section', 'perm-strip');
  private readonly heading = el('span', 'perm-strip-title');
  private readonly rows = el('div', 'perm-rows');
  private readonly fns: readonly FnPermissions[];
  private drawn: { frame: number; start: number; end: number; markers: HTMLElement[] } | undefined;

  constructor(private readonly trace: Trace, private readonly seek: (step: number) => void) {
    this.fns = trace.permissions ?? [];
    this.strip.setAttribute('aria-label', 'Permissions of the variables along the steps');
    const head = el('div', 'perm-strip-head');
    const legend = el('span', 'perm-legend');
    for (const [n, text] of [[3, 'R W O'], [2, 'two'], [1, 'one'], [0, 'none']] as const) {
      const item = el('span', 'perm-legend-item');
      item.append(el('span', `perm-swatch perms-${n}`), text);
      legend.append(item);
    }
    head.append(this.heading, legend);
    this.strip.append(head, this.rows);
  }

  /** New steps arrived (a trace in parts): the strips are drawn again. */
  stepsArrived(): void {
    this.drawn = undefined;
  }

  render(state: MemoryState, step: number, anchors: Anchors): void {
    const s = this.trace.steps.at(step);
    if (!s) return;
    let innermost: { frame: FrameState; fn: FnPermissions } | undefined;
    for (const thread of new Set(state.frames.map((f) => f.thread))) {
      const frames = state.frames.filter((f) => f.thread === thread);
      frames.forEach((f, i) => {
        const line = i + 1 < frames.length ? frames[i + 1]!.callLine : thread === s.thread ? this.nextLine(step) : undefined;
        const fn = line === undefined ? undefined : fnPermissionsFor(this.fns, f.fn, line);
        for (const v of f.vars) this.badges(anchors.targets.get(`var:${v.id}`), fn, v.name, line);
        if (fn && i + 1 === frames.length && thread === s.thread) innermost = { frame: f, fn };
      });
    }
    this.renderStrip(step, innermost);
  }

  /** The line the innermost frame at `step` runs next, undefined when it returns first. */
  private nextLine(step: number): number | undefined {
    const steps = this.trace.steps;
    const depth = steps.depth(step);
    const thread = steps.thread(step);
    for (let i = step + 1; i < steps.length; i++) {
      const t = { thread: steps.thread(i), depth: steps.depth(i), line: steps.line(i) };
      if (t.thread !== thread || t.depth > depth) continue;
      return t.depth === depth ? t.line : undefined;
    }
    return this.stoppedIn(step);
  }

  /** The line a run stopped by undefined behaviour (as if accepted) stopped inside, at its last step. */
  private stoppedIn(step: number): number | undefined {
    const steps = this.trace.steps;
    return step === steps.length - 1 && this.trace.end.kind === 'ub' ? steps.line(step) : undefined;
  }

  private badges(target: Element | undefined, fn: FnPermissions | undefined, name: string, line: number | undefined): void {
    if (!target) return;
    let box = target.querySelector(':scope > .perm-badges') as HTMLElement | null;
    const p = fn && line !== undefined ? permissionsAt(fn, name, line) : undefined;
    if (!p) {
      box?.remove();
      return;
    }
    if (!box) {
      box = el('span', 'perm-badges');
      for (const c of 'RWO') box.append(el('span', `perm perm-${c.toLowerCase()}`, c));
      // Before the pointer chips, so an arrow leaving a chip does not cross the badges.
      target.insertBefore(box, target.lastElementChild);
    }
    if (box.dataset['perms'] === p.perms && box.dataset['line'] === String(line)) return;
    box.dataset['perms'] = p.perms;
    box.dataset['line'] = String(line);
    Array.from(box.children).forEach((b, i) => b.classList.toggle('off', p.perms[i] === '-'));
    const deref = permissionsAt(fn!, `*${name}`, line!);
    box.title = describe(name, line!, p, deref);
    box.setAttribute('aria-label', `${name}: ${[...'RWO'].map((c, i) => `${NAMES[c]} ${p.perms[i] === '-' ? 'no' : 'yes'}`).join(', ')}`);
  }

  private renderStrip(step: number, at: { frame: FrameState; fn: FnPermissions } | undefined): void {
    this.strip.hidden = !at;
    if (!at) {
      this.drawn = undefined;
      return;
    }
    if (this.drawn?.frame !== at.frame.id) this.drawStrips(step, at.frame, at.fn);
    const d = this.drawn!;
    const left = `${(((step - d.start) + 0.5) / (d.end - d.start + 1)) * 100}%`;
    for (const m of d.markers) m.style.left = left;
  }

  /** The steps of this call of the frame's function: those of its thread at its depth or deeper. */
  private activation(step: number): { start: number; end: number; depth: number; thread: number } {
    const steps = this.trace.steps;
    const depth = steps.depth(step);
    const thread = steps.thread(step);
    let start = step;
    for (let i = step - 1; i >= 0; i--) {
      const t = { thread: steps.thread(i), depth: steps.depth(i), line: steps.line(i) };
      if (t.thread !== thread) continue;
      if (t.depth < depth) break;
      start = i;
    }
    let end = step;
    for (let i = step + 1; i < steps.length; i++) {
      const t = { thread: steps.thread(i), depth: steps.depth(i), line: steps.line(i) };
      if (t.thread !== thread) continue;
      if (t.depth < depth) break;
      end = i;
    }
    return { start, end, depth, thread };
  }

  private drawStrips(step: number, frame: FrameState, fn: FnPermissions): void {
    const { start, end, depth, thread } = this.activation(step);
    const steps = this.trace.steps;
    // Each step's line in this frame: the next one it runs at its depth; while a callee runs, the
    // line of the call.
    const lines: (number | undefined)[] = new Array<number | undefined>(end - start + 1);
    let next = steps.thread(end) === thread && steps.depth(end) === depth ? this.stoppedIn(end) : undefined;
    for (let i = end; i >= start; i--) {
      const t = { thread: steps.thread(i), depth: steps.depth(i), line: steps.line(i) };
      const own = t.thread === thread && t.depth === depth;
      lines[i - start] = own ? next : undefined;
      if (own) next = t.line;
    }
    let call: number | undefined;
    for (let i = start; i <= end; i++) {
      const t = { thread: steps.thread(i), depth: steps.depth(i), line: steps.line(i) };
      if (t.thread === thread && t.depth === depth) call = t.line;
      else if (t.thread === thread && t.depth > depth) lines[i - start] = call;
    }
    const names = [...new Set(fn.vars.filter((v) => !v.place.startsWith('*')).map((v) => v.place))];
    setText(this.heading, `Permissions in ${frame.fn}() over its ${end - start + 1} steps: R read · W write · O own`);
    const markers: HTMLElement[] = [];
    const rows: HTMLElement[] = [];
    for (const name of names) {
      const segments = this.segments(fn, name, lines, start);
      if (segments.every((g) => g.perms === '')) continue;
      const row = el('div', 'perm-row');
      row.dataset['place'] = name;
      const track = el('div', 'perm-track');
      for (const g of segments) {
        const seg = el('span', g.perms ? `perm-seg perms-${g.perms.replace(/-/g, '').length}` : 'perm-seg absent');
        seg.style.flexGrow = String(g.count);
        if (g.perms) {
          seg.dataset['perms'] = g.perms;
          seg.title = g.title;
          seg.addEventListener('click', () => this.seek(g.from));
        }
        track.append(seg);
      }
      const marker = el('span', 'perm-marker');
      track.append(marker);
      markers.push(marker);
      row.append(el('span', 'perm-row-name', name), track);
      rows.push(row);
    }
    this.rows.replaceChildren(...rows);
    this.drawn = { frame: frame.id, start, end, markers };
  }

  private segments(fn: FnPermissions, name: string, lines: readonly (number | undefined)[], start: number): Segment[] {
    const out: Segment[] = [];
    lines.forEach((line, i) => {
      const p = line === undefined ? undefined : permissionsAt(fn, name, line);
      const perms = p?.perms ?? '';
      const last = out[out.length - 1];
      if (last && last.perms === perms) last.count++;
      else out.push({ from: start + i, count: 1, perms, title: p ? describe(name, line!, p) : '' });
    });
    if (out.length <= MAX_SEGMENTS) return out;
    // Too many changes to draw one by one (a loop): buckets of equal steps, each showing the
    // fewest permissions the variable had in it.
    const size = Math.ceil(lines.length / MAX_SEGMENTS);
    const buckets: Segment[] = [];
    for (const g of out) {
      for (let k = 0; k < g.count; k++) {
        const i = g.from - start + k;
        const b = buckets[Math.floor(i / size)] ??= { from: start + i, count: 0, perms: g.perms, title: g.title };
        b.count++;
        if (g.perms && (!b.perms || g.perms.replace(/-/g, '').length < b.perms.replace(/-/g, '').length)) {
          b.perms = g.perms;
          b.title = g.title;
        }
      }
    }
    return buckets;
  }
}
