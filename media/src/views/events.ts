// The events of the current step, in words with their reason.
import type { Step } from '../../../protocol/trace';
import { describeEvent } from '../../../protocol/events';
import { appendSegments, el, setText, toggle } from '../dom';

export class EventsView {
  readonly root = el('section', 'events');
  private readonly title = el('h3', 'section-title');
  private readonly list = el('ul', 'event-list');
  /** Walks a scope's end one drop at a time (see dropWalk.ts). */
  readonly playDrops = el('button', 'play-drops link', 'Play drops one by one');
  private step: Step | undefined;
  private walk = '';

  constructor(onPlayDrops: () => void) {
    this.root.setAttribute('aria-label', 'What happened at this step');
    const head = el('div', 'events-head');
    this.playDrops.type = 'button';
    this.playDrops.title = 'Walk through the drops at the end of this scope one at a time, in the order Rust runs them';
    this.playDrops.addEventListener('click', onPlayDrops);
    head.append(this.title, this.playDrops);
    this.root.append(head, this.list);
  }

  /**
   * `drops`: how many drop steps the scope's end around this step has; `walking`: the drop shown
   * (0-based) while they are played one by one.
   */
  render(step: Step | undefined, drops: number, walking?: number): void {
    const walk = `${drops}:${walking ?? ''}`;
    if (step === this.step && walk === this.walk) return;
    this.step = step;
    this.walk = walk;
    toggle(this.playDrops, 'hidden', !step || drops < 2);
    setText(this.playDrops, walking === undefined ? 'Play drops one by one' : `Drop ${walking + 1} of ${drops}`);
    setText(this.title, step ? `What line ${step.line} did` : 'What happened');
    const items: HTMLElement[] = [];
    for (const e of step?.events ?? []) {
      const d = describeEvent(e);
      const li = el('li', `event tone-${d.tone}`);
      appendSegments(li, d.segments);
      items.push(li);
    }
    if (items.length === 0) items.push(el('li', 'event none', 'Nothing moved, dropped or allocated.'));
    this.list.replaceChildren(...items);
  }
}
