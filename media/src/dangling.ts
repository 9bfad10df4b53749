// What a run "as if accepted" adds to the picture (`rustmem replay --as-if-accepted`, the panel's
// "Run as if accepted"): the banner naming the borrow error the run went past, freed blocks that a
// pointer still leads to, and that pointer's arrow drawn dangling (red, labelled).
import type { AsIfAccepted, Pointer } from '../../protocol/trace';
import { el, svg } from './dom';

/** The arrow-head marker of dangling arrows (ArrowLayer defines one per name). */
export const DANGLING_MARKER = 'dangling';

/** The banner's words for a run as if accepted. */
export function asIfBannerText(a: AsIfAccepted): { title: string; text: string } {
  return {
    title: 'Rejected by rustc, run as if accepted. ',
    text: `error[${a.code}] at line ${a.line}:${a.column}: ${a.message}. What follows is what that rule prevents; the run stops at the first undefined behaviour.`,
  };
}

/**
 * Marks `path`, the arrow of `pointer`, as dangling when it is: its class and head, and a label at
 * its end (`x`, `y`), returned to be drawn over it.
 */
export function danglingArrow(path: SVGPathElement, pointer: Pointer, x: number, y: number): SVGTextElement | undefined {
  if (!pointer.dangling) return undefined;
  path.classList.add('dangling');
  path.setAttribute('marker-end', `url(#rm-head-${DANGLING_MARKER})`);
  const title = path.querySelector('title');
  if (title) title.textContent = `dangling: ${title.textContent ?? ''} to freed memory`;
  const label = svg('text', { x: String(x - 4), y: String(y - 6), class: 'dangling-label', 'text-anchor': 'end' });
  label.textContent = 'dangling';
  return label;
}

/** The refusal banner's button that runs a program only the borrow checker rejects anyway. */
export function asIfAcceptedButton(run: () => void): HTMLButtonElement {
  const button = el('button', 'as-if-accepted-run', 'Run as if accepted');
  button.type = 'button';
  button.title = 'Run it anyway, to see what this rule of the borrow checker prevents';
  button.addEventListener('click', () => {
    button.disabled = true;
    run();
  });
  return button;
}
