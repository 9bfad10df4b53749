// How the run ended, and what it leaked: a banner when the replay is incomplete (step limit, an
// unsupported construct), the end of the run at the last step, and the leaks in red with the
// cycle of strong pointers that keeps each one alive.
import type { Leak, RunEnd, Trace } from '../../../protocol/trace';
import { limitText, rustcErrorHead } from '../../../protocol/trace';
import { el, toggle } from '../dom';
import { asIfAcceptedButton, asIfBannerText } from '../dangling';
import { formatBytes, plural } from '../format';

/** One line for the header: how the run ended. */
export function endSummary(end: RunEnd): string {
  switch (end.kind) {
    case 'exit':
      return 'exited with status 0';
    case 'panic':
      return `panicked at line ${end.line} (status 101)`;
    case 'overflow':
      return `stack overflow at line ${end.line} (status 134)`;
    case 'unsupported':
      return `stopped at line ${end.line}: not simulated`;
    case 'step-limit':
      return `stopped ${limitText(end)}`;
    case 'rejected':
      return `not run: rustc would reject it (${rustcErrorHead(end.code)} at line ${end.line})`;
    case 'ub':
      return `undefined behaviour at line ${end.line} (status ${end.status})`;
  }
}

/** The sentence shown at the last step. */
export function endSentence(end: RunEnd): string {
  switch (end.kind) {
    case 'exit':
      return 'The program ended normally (exit status 0).';
    case 'panic':
      return `Thread '${end.thread}' panicked at line ${end.line}:${end.column}: ${end.message} (exit status 101).`;
    case 'overflow':
      return `Thread '${end.thread}' overflowed its stack at line ${end.line}: a frame of ${formatBytes(end.frameSize)} did not fit at depth ${end.depth} (stack ${formatBytes(end.budget)}); no destructors ran (exit status 134).`;
    case 'unsupported':
      return `The simulation stopped at line ${end.line}:${end.column}: ${end.what} is not simulated. The replay shows the run up to there.`;
    case 'step-limit':
      return `The simulation stopped ${limitText(end)}, at line ${end.line}. The replay shows the run up to there; raise the limit to see more.`;
    case 'rejected':
      return `rustc would reject this program: ${rustcErrorHead(end.code)} at line ${end.line}:${end.column}: ${end.message}. A program that does not compile is not simulated.`;
    case 'ub':
      return `Undefined behaviour at line ${end.line}:${end.column}: ${end.message}. The run stops here: what the program would do next is not defined (exit status ${end.status}).`;
  }
}

export function leakCycleText(leak: Leak): string {
  if (!leak.cycle || leak.cycle.length === 0) return '';
  const parts = [`#${leak.cycle[0]!.from}`];
  for (const e of leak.cycle) parts.push(`—${e.via} (line ${e.line})→ #${e.to}`);
  return parts.join(' ');
}

export class OutcomeView {
  /** Always visible when the replay is incomplete. */
  readonly banner = el('div', 'banner');
  /** Shown at the last step. */
  readonly atEnd = el('section', 'outcome');

  constructor(trace: Trace, private readonly onLine: (line: number) => void, onAsIfAccepted?: () => void) {
    const incomplete = trace.end.kind === 'step-limit' || trace.end.kind === 'unsupported' || trace.end.kind === 'rejected';
    toggle(this.banner, 'hidden', !incomplete);
    this.banner.setAttribute('role', 'status');
    if (trace.asIfAccepted) {
      const words = asIfBannerText(trace.asIfAccepted);
      toggle(this.banner, 'hidden', false);
      this.banner.classList.add('as-if-accepted');
      this.banner.append(el('strong', undefined, words.title), document.createTextNode(words.text));
    } else if (incomplete) this.banner.append(el('strong', undefined, trace.end.kind === 'step-limit' ? `${trace.end.by === 'time' ? 'Time' : trace.end.by === 'heap' ? 'Heap' : 'Step'} limit reached. ` : trace.end.kind === 'rejected' ? 'Rejected by rustc. ' : 'Not simulated. '), document.createTextNode(endSentence(trace.end)));

    const run = trace.end.kind === 'rejected' && trace.end.borrowck && onAsIfAccepted ? asIfAcceptedButton(onAsIfAccepted) : undefined;
    if (run) this.banner.append(' ', run);

    this.atEnd.setAttribute('aria-label', 'End of the run');
    const endLine = el('p', `end-sentence end-${trace.end.kind}`, endSentence(trace.end));
    this.atEnd.append(endLine);
    if (trace.leaks.length > 0) {
      const total = trace.leaks.reduce((s, l) => s + l.size, 0);
      const box = el('div', 'leaks');
      box.setAttribute('role', 'group');
      box.setAttribute('aria-label', 'Leaks');
      box.append(el('h3', 'section-title leak-title', `Leaked: ${plural(trace.leaks.length, 'heap block')}, ${formatBytes(total)} never freed`));
      const list = el('ul', 'leak-list');
      for (const leak of trace.leaks) {
        const li = el('li', 'leak');
        li.append(el('span', 'leak-id', `#${leak.block}`), ' ', el('code', 'leak-type', leak.type), ` ${formatBytes(leak.size)}, allocated at `);
        const line = el('button', 'link', `line ${leak.line}`);
        line.type = 'button';
        line.addEventListener('click', () => this.onLine(leak.line));
        li.append(line);
        const cycle = leakCycleText(leak);
        if (cycle) li.append(el('div', 'leak-cycle', `cycle: ${cycle}`));
        list.append(li);
      }
      box.append(list);
      this.atEnd.append(box);
    } else if (trace.end.kind === 'exit') {
      this.atEnd.append(el('p', 'no-leaks', 'Every heap block was freed: nothing leaked.'));
    }
  }

  render(atLastStep: boolean): void {
    toggle(this.atEnd, 'hidden', !atLastStep);
  }
}
