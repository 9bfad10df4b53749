// The engine's own diagnostic shape. Adapters convert it: the language server to LSP
// `Diagnostic`s, the CLI to compiler-style lines and JSON. Positions are 0-based here (as in
// LSP and tree-sitter); the CLI adds one when it prints.

export interface Position {
  line: number;
  character: number;
}

export interface Span {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedInfo {
  span: Span;
  message: string;
}

/** A text replacement in the analysed document. */
export interface TextEdit {
  span: Span;
  newText: string;
}

export interface QuickFix {
  title: string;
  edits: TextEdit[];
  /** The fix the editor offers first (`isPreferred`). */
  preferred?: boolean;
}

export interface EngineDiagnostic {
  span: Span;
  severity: Severity;
  /** Stable kebab-case code; each has a section in the README. */
  code: string;
  message: string;
  related: RelatedInfo[];
  fixes?: QuickFix[];
}
