// The events of the current step, in words with their reason.
import type { Step } from '../../../protocol/trace';
import { describeEvent } from '../../../protocol/events';
import { appendSegments, el, setText, toggle } from '../dom';
import { dropCount } from '../dropWalk';

export class EventsView {
  readonly root = el('section', 'events');
  private readonly title = el('h3', 'section-title');
  private readonly list = el('ul', 'event-list');
  /** Walks the drops of the step one at a time (see dropWalk.ts). */
  readonly playDrops = el('button', 'play-drops link', 'Play drops one by one');
  private step: Step | undefined;
  private drop: number | undefined;

  constructor(onPlayDrops: () => void) {
    this.root.setAttribute('aria-label', 'What happened at this step');
    const head = el('div', 'events-head');
    this.playDrops.type = 'button';
    this.playDrops.title = 'Show the drops of this step one at a time, in the order Rust runs them';
    this.playDrops.addEventListener('click', onPlayDrops);
    head.append(this.title, this.playDrops);
    this.root.append(head, this.list);
  }

  /** `drop`: the drop being shown while the drops are played one by one. */
  render(step: Step | undefined, drop?: number): void {
    if (step === this.step && drop === this.drop) return;
    this.step = step;
    this.drop = drop;
    toggle(this.playDrops, 'hidden', !step || dropCount(step) < 2);
    setText(this.playDrops, drop === undefined ? 'Play drops one by one' : `Drop ${drop + 1} of ${dropCount(step!)}`);
    setText(this.title, step ? `What line ${step.line} did` : 'What happened');
    const items: HTMLElement[] = [];
    let drops = 0;
    for (const e of step?.events ?? []) {
      const d = describeEvent(e);
      const li = el('li', `event tone-${d.tone}`);
      if (drop !== undefined && e.kind === 'drop') {
        const i = drops++;
        toggle(li, 'current', i === drop);
        toggle(li, 'later', i > drop);
      }
      appendSegments(li, d.segments);
      items.push(li);
    }
    if (items.length === 0) items.push(el('li', 'event none', 'Nothing moved, dropped or allocated.'));
    this.list.replaceChildren(...items);
  }
}
