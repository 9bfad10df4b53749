// The playground's editor: CodeMirror 6 with its Rust mode, the product's diagnostics as lint
// squiggles, the product's hovers, and the line of the replay's current step highlighted.
import { EditorState, StateEffect, StateField, Compartment, type Extension } from '@codemirror/state';
import {
  Decoration, EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, hoverTooltip,
  keymap, lineNumbers, type DecorationSet,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { setDiagnostics, lintGutter, type Diagnostic } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import { rust } from '@codemirror/lang-rust';
import type { EngineDiagnostic } from '../../../server/src/engine/diagnostic';
import { renderMarkdown } from './markdownText';

export interface EditorHooks {
  /** The text changed (called at once; the caller debounces). */
  onChange(text: string): void;
  /** The product's hover at a 0-based position, as Markdown, or null. */
  hover(line: number, character: number): Promise<string | null>;
}

const setStepLine = StateEffect.define<number | null>();

/** The line of the replay's current step (1-based), shown as a highlighted line. */
const stepLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let next = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setStepLine)) continue;
      const line = e.value;
      next = line !== null && line >= 1 && line <= tr.state.doc.lines
        ? Decoration.set([Decoration.line({ class: 'cm-step-line' }).range(tr.state.doc.line(line).from)])
        : Decoration.none;
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Token colours from the page's theme variables, so one style serves light and dark. */
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.self], color: 'var(--pg-keyword)' },
  { tag: [tags.string, tags.character, tags.special(tags.string)], color: 'var(--pg-string)' },
  { tag: [tags.number, tags.bool, tags.atom], color: 'var(--pg-number)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--pg-comment)', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.className, tags.namespace], color: 'var(--pg-type)' },
  { tag: [tags.function(tags.variableName), tags.macroName], color: 'var(--pg-function)' },
  { tag: [tags.labelName, tags.attributeName, tags.meta], color: 'var(--pg-meta)' },
]);

/**
 * The editor's frame in the page's colours. CodeMirror's styles go into the shadow root as
 * constructed stylesheets, which the page's Content-Security-Policy allows without inline styles.
 */
const frame = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'var(--rm-bg)', color: 'var(--rm-fg)' },
  '.cm-scroller': { fontFamily: 'var(--rm-mono)', fontSize: 'var(--rm-mono-size)', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--rm-fg)' },
  '.cm-gutters': { backgroundColor: 'var(--rm-surface)', color: 'var(--rm-muted)', borderRight: '1px solid var(--rm-border)' },
  '.cm-activeLine': { backgroundColor: 'transparent' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--rm-surface-2)' },
  '.cm-step-line': { backgroundColor: 'var(--pg-step-line)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'var(--pg-selection)' },
  '.cm-tooltip': { backgroundColor: 'var(--rm-surface)', color: 'var(--rm-fg)', border: '1px solid var(--rm-border)' },
  '.pg-hover': { maxWidth: '560px', padding: '4px 10px', fontFamily: 'var(--rm-sans)', fontSize: '0.92em' },
  '.pg-hover p': { margin: '4px 0' },
  '.pg-hover pre': { margin: '4px 0', fontFamily: 'var(--rm-mono)', whiteSpace: 'pre-wrap' },
  '.pg-hover hr': { border: 'none', borderTop: '1px solid var(--rm-border)' },
});

const SEVERITY: Record<EngineDiagnostic['severity'], Diagnostic['severity']> = {
  error: 'error', warning: 'warning', information: 'info', hint: 'hint',
};

function offsetOf(state: EditorState, line0: number, character: number): number {
  if (line0 >= state.doc.lines) return state.doc.length;
  const line = state.doc.line(line0 + 1);
  return Math.min(line.from + Math.max(0, character), line.to);
}

export class PlaygroundEditor {
  readonly view: EditorView;
  private readonly theme = new Compartment();

  constructor(parent: HTMLElement, text: string, hooks: EditorHooks, dark: boolean) {
    const extensions: Extension[] = [
      lineNumbers(), highlightActiveLineGutter(), history(), drawSelection(), indentOnInput(), bracketMatching(),
      highlightActiveLine(), syntaxHighlighting(highlight), rust(), lintGutter(), stepLine, frame,
      keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
      this.theme.of(EditorView.theme({}, { dark })),
      EditorView.contentAttributes.of({ 'aria-label': 'Rust program' }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) hooks.onChange(u.state.doc.toString());
      }),
      hoverTooltip(async (view, pos) => {
        const line = view.state.doc.lineAt(pos);
        const markdown = await hooks.hover(line.number - 1, pos - line.from);
        if (!markdown) return null;
        return { pos, above: true, create: () => ({ dom: renderMarkdown(markdown, 'pg-hover') }) };
      }),
    ];
    const root = parent.shadowRoot ?? parent.attachShadow({ mode: 'open' });
    this.view = new EditorView({ parent: root, root, state: EditorState.create({ doc: text, extensions }) });
    // Arrow keys in the editor move the cursor; they must not also step the replay (the
    // inspector listens on the document).
    this.view.dom.addEventListener('keydown', (e) => e.stopPropagation());
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  setText(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  setDark(dark: boolean): void {
    this.view.dispatch({ effects: this.theme.reconfigure(EditorView.theme({}, { dark })) });
  }

  showDiagnostics(found: readonly EngineDiagnostic[]): void {
    const state = this.view.state;
    const diagnostics: Diagnostic[] = found.map((d) => {
      const from = offsetOf(state, d.span.start.line, d.span.start.character);
      const to = Math.max(from, offsetOf(state, d.span.end.line, d.span.end.character));
      const related = d.related.map((r) => `\nline ${r.span.start.line + 1}: ${r.message}`).join('');
      return { from, to, severity: SEVERITY[d.severity], source: d.code, message: `${d.message}${related}` };
    });
    this.view.dispatch(setDiagnostics(state, diagnostics));
  }

  /** Highlights `line` (1-based) as the replay's current line and scrolls it into view. */
  showStepLine(line: number | null, scroll: boolean): void {
    const effects: StateEffect<unknown>[] = [setStepLine.of(line)];
    if (scroll && line !== null && line >= 1 && line <= this.view.state.doc.lines) {
      effects.push(EditorView.scrollIntoView(this.view.state.doc.line(line).from, { y: 'nearest' }));
    }
    this.view.dispatch({ effects });
  }
}
