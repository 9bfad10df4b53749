// The events of the current step, in words with their reason.
import type { Step } from '../../../protocol/trace';
import { describeEvent } from '../../../protocol/events';
import { appendSegments, el, setText } from '../dom';

export class EventsView {
  readonly root = el('section', 'events');
  private readonly title = el('h3', 'section-title');
  private readonly list = el('ul', 'event-list');
  private step: Step | undefined;

  constructor() {
    this.root.setAttribute('aria-label', 'What happened at this step');
    this.root.append(this.title, this.list);
  }

  render(step: Step | undefined): void {
    if (step === this.step) return;
    this.step = step;
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
