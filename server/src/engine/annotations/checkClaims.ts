// Judges `// @mem expect …` claims against what the simulation and the layout engine found.
// A claim that holds stays silent (hover shows it confirmed); one that does not becomes an
// `annotation-failed` warning that says what really happened. A claim the run cannot decide,
// because the simulation stopped before it could tell, is `unchecked` (information), never
// guessed either way.
import type { StepTable } from '../../../../protocol/stepTable';
import type { Trace, RunEnd } from '../../../../protocol/trace';
import { limitText } from '../../../../protocol/trace';
import type { EngineDiagnostic, RelatedInfo, Span } from '../diagnostic';
import type { Claim, ClaimVerdict, ClaimStatus } from './directive';

/** A type's size and alignment in bytes, or why it has none. */
export type LayoutLookup = (type: string) => { size: number; align: number } | { unknown: string };

export interface ClaimInputs {
  /** The simulated run of the same text; absent when the program was not simulated. */
  trace?: Trace;
  /** The layout engine's answer for a type name; absent when layouts are not available. */
  layoutOf?: LayoutLookup;
}

interface Judgement {
  status: ClaimStatus;
  message: string;
  related?: RelatedInfo[];
}

export function checkClaims(claims: readonly Claim[], inputs: ClaimInputs): { verdicts: ClaimVerdict[]; diagnostics: EngineDiagnostic[] } {
  const verdicts: ClaimVerdict[] = [];
  const diagnostics: EngineDiagnostic[] = [];
  for (const claim of claims) {
    const j = judge(claim, inputs);
    verdicts.push({ claim, status: j.status, message: j.message });
    if (j.status === 'failed') {
      diagnostics.push({ span: claim.span, severity: 'warning', code: 'annotation-failed', message: j.message, related: j.related ?? [] });
    } else if (j.status === 'unchecked') {
      diagnostics.push({ span: claim.span, severity: 'information', code: 'annotation-unchecked', message: j.message, related: j.related ?? [] });
    }
  }
  return { verdicts, diagnostics };
}

function judge(claim: Claim, { trace, layoutOf }: ClaimInputs): Judgement {
  const d = claim.directive;
  if (d.kind === 'expect-size') {
    if (!layoutOf) return { status: 'unchecked', message: `cannot check the size of \`${d.type}\`: no layouts were computed` };
    const layout = layoutOf(d.type);
    if ('unknown' in layout) return { status: 'unchecked', message: `cannot check the size of \`${d.type}\`: ${layout.unknown}` };
    const sizeOk = layout.size === d.size;
    const alignOk = d.align === undefined || layout.align === d.align;
    const real = `\`${d.type}\` is ${plural(layout.size, 'byte')}${d.align !== undefined ? ` with align ${layout.align}` : ''}`;
    if (sizeOk && alignOk) return { status: 'confirmed', message: real };
    const claimed = d.align !== undefined ? `${d.size} with align ${d.align}` : `${d.size}`;
    return { status: 'failed', message: `${real}, not ${claimed}` };
  }
  if (!trace) return { status: 'unchecked', message: 'cannot check: the program was not simulated' };
  switch (d.kind) {
    case 'expect-drops':
      return judgeDrops(d.names, claim.targetLine!, trace);
    case 'expect-leak':
      return judgeLeak(d.leak, trace);
    case 'expect-panic':
      return judgePanic(d.message, trace);
    case 'expect-overflow':
      return judgeOverflow(trace);
    case 'expect-output':
      return judgeOutput(d.text, trace);
  }
}

/** Why the end of the run is not known, or undefined when the program ran to its end. */
function stoppedEarly(end: RunEnd): string | undefined {
  if (end.kind === 'unsupported') return `the simulation stopped at line ${end.line} (${end.what})`;
  if (end.kind === 'step-limit') return `the simulation stopped at line ${end.line} ${limitText(end)}`;
  if (end.kind === 'rejected') return `rustc rejects the program (error[${end.code}] at line ${end.line})`;
  return undefined;
}

function lineSpan(line: number, column = 1): Span {
  return { start: { line: line - 1, character: column - 1 }, end: { line: line - 1, character: column - 1 } };
}

function describeEnd(end: RunEnd): string {
  switch (end.kind) {
    case 'exit': return 'the run ends normally (exit status 0)';
    case 'panic': return `the run panics at line ${end.line} with \`${end.message}\``;
    case 'overflow': return `the run overflows the stack of thread \`${end.thread}\` at line ${end.line}`;
    case 'unsupported': return `the simulation stopped at line ${end.line} (${end.what})`;
    case 'step-limit': return `the simulation stopped at line ${end.line} ${limitText(end)}`;
    case 'rejected': return `rustc rejects the program (error[${end.code}] at line ${end.line})`;
    case 'ub': return `the run reaches undefined behaviour at line ${end.line} (${end.message})`;
  }
}

function judgeLeak(leak: boolean, trace: Trace): Judgement {
  const early = stoppedEarly(trace.end);
  if (early) return { status: 'unchecked', message: `cannot check leaks: ${early}` };
  const bytes = trace.leaks.reduce((sum, l) => sum + l.size, 0);
  const leaked = trace.leaks.length > 0;
  const what = leaked
    ? `the run leaks ${plural(bytes, 'byte')} in ${plural(trace.leaks.length, 'heap block')} (${trace.leaks.slice(0, 3).map((l) => `\`${l.type}\` from line ${l.line}`).join(', ')}${trace.leaks.length > 3 ? ', …' : ''})`
    : 'the run frees every heap block it allocates';
  const related = trace.leaks.map((l) => ({ span: lineSpan(l.line), message: `\`${l.type}\` (${plural(l.size, 'byte')}) allocated here is never freed` }));
  return { status: leaked === leak ? 'confirmed' : 'failed', message: what, related };
}

function panicsOf(trace: Trace): { message: string; line: number; thread: string }[] {
  const found: { message: string; line: number; thread: string }[] = [];
  for (const step of trace.steps) {
    for (const e of step.events) if (e.kind === 'panic') found.push({ message: e.message, line: step.line, thread: e.thread });
  }
  if (trace.end.kind === 'panic' && !found.some((p) => p.line === (trace.end as { line: number }).line)) {
    found.push({ message: trace.end.message, line: trace.end.line, thread: trace.end.thread });
  }
  return found;
}

function judgePanic(message: string | undefined, trace: Trace): Judgement {
  const panics = panicsOf(trace);
  // Like `#[should_panic(expected = "…")]`: the expected text is a substring of the message.
  const match = panics.find((p) => message === undefined || p.message.includes(message));
  const related = panics.map((p) => ({ span: lineSpan(p.line), message: `thread \`${p.thread}\` panics here: ${p.message}` }));
  if (match) return { status: 'confirmed', message: `thread \`${match.thread}\` panics at line ${match.line} with \`${match.message}\``, related };
  const early = stoppedEarly(trace.end);
  if (early) return { status: 'unchecked', message: `cannot check the panic: ${early}` };
  if (panics.length > 0) {
    return { status: 'failed', message: `the run panics with \`${panics[0]!.message}\`, which does not contain \`${message}\``, related };
  }
  return { status: 'failed', message: `${describeEnd(trace.end)}, without a panic` };
}

function judgeOverflow(trace: Trace): Judgement {
  const end = trace.end;
  if (end.kind === 'overflow') {
    return {
      status: 'confirmed',
      message: `thread \`${end.thread}\` overflows its ${stackSize(end.budget)} stack at line ${end.line}, depth ${end.depth}`,
      related: [{ span: lineSpan(end.line, end.column), message: 'the call that did not fit' }],
    };
  }
  const early = stoppedEarly(end);
  if (early) return { status: 'unchecked', message: `cannot check the overflow: ${early}` };
  return { status: 'failed', message: `${describeEnd(end)}, without a stack overflow` };
}

function judgeOutput(text: string, trace: Trace): Judgement {
  const streams = { stdout: '', stderr: '' };
  for (const chunk of trace.output) streams[chunk.stream] += chunk.text;
  const has = (s: string) => s.split('\n').includes(text) || (text.includes('\n') && s.includes(text));
  if (has(streams.stdout)) return { status: 'confirmed', message: `the program prints \`${text}\`` };
  if (has(streams.stderr)) return { status: 'confirmed', message: `the program prints \`${text}\` to stderr` };
  const early = stoppedEarly(trace.end);
  if (early) return { status: 'unchecked', message: `cannot check the output: ${early}` };
  const lines = streams.stdout.split('\n').filter((l) => l !== '');
  const printed = lines.length === 0
    ? 'it prints nothing'
    : `it prints ${lines.slice(0, 4).map((l) => `\`${l}\``).join(', ')}${lines.length > 4 ? `, … (${lines.length} lines)` : ''}`;
  return { status: 'failed', message: `the program never prints \`${text}\`: ${printed}` };
}

interface DropSeen {
  what: string;
  type: string;
  owner: boolean;
  /** The binding the value was moved out of just before (`drop(x)` drops `x` under its parameter's name). */
  movedFrom?: string;
}

/**
 * Each run of a line: the drops made by the frame running it while it runs. A step's events are
 * in order and `call`/`return` events change the frame, so the drops after a `return` in a step
 * of a callee (the next value dropped once a `Drop::drop` returned) belong to the caller; the
 * drops inside functions the line calls belong to their own lines.
 */
function dropsPerRun(steps: StepTable, line: number): { drops: DropSeen[]; step: number }[] {
  const runs: { drops: DropSeen[]; step: number }[] = [];
  const open = new Map<number, { depth: number; run: { drops: DropSeen[]; step: number }; lastMove?: string }>();
  steps.forEach((step, index) => {
    let visit = open.get(step.thread);
    if (visit && (step.depth < visit.depth || (step.depth === visit.depth && step.line !== line))) {
      open.delete(step.thread);
      visit = undefined;
    }
    if (!visit && step.line === line) {
      visit = { depth: step.depth, run: { drops: [], step: index } };
      open.set(step.thread, visit);
      runs.push(visit.run);
    }
    if (!visit) return;
    let depth = step.depth;
    for (const e of step.events) {
      if (e.kind === 'call') depth++;
      else if (e.kind === 'return') depth--;
      else if (depth !== visit.depth) continue;
      else if (e.kind === 'move') visit.lastMove = e.what;
      else if (e.kind === 'drop') {
        const seen: DropSeen = { what: e.what, type: e.type, owner: e.reason === 'owner' };
        if (e.reason === 'explicit' && visit.lastMove !== undefined) seen.movedFrom = visit.lastMove;
        visit.run.drops.push(seen);
      }
    }
  });
  return runs;
}

/** `std::rc::Rc<Node>` → `Rc`, `Node`… : the spellings a reader may use for a value's type. */
function typeNames(type: string): string[] {
  const bare = type.replace(/<.*$/s, '');
  const last = bare.split('::').pop() ?? bare;
  return [type, bare, last];
}

function matches(expected: string, seen: DropSeen): boolean {
  return expected === seen.what || expected === seen.movedFrom || typeNames(seen.type).includes(expected);
}

function sameDrops(expected: readonly string[], seen: readonly DropSeen[]): boolean {
  return expected.length === seen.length && expected.every((n, i) => matches(n, seen[i]!));
}

function nameOf(seen: DropSeen): string {
  if (seen.movedFrom !== undefined) return seen.movedFrom;
  return /^[A-Za-z_][\w.]*$/.test(seen.what) && seen.what !== '_' && seen.what !== 'temporary' ? seen.what : seen.type;
}

function list(names: readonly string[]): string {
  return names.map((n) => `\`${n}\``).join(', ');
}

function judgeDrops(expected: readonly string[], targetLine: number, trace: Trace): Judgement {
  const line = targetLine + 1;
  const runs = dropsPerRun(trace.steps, line);
  if (runs.length === 0) {
    const early = stoppedEarly(trace.end);
    if (early) return { status: 'unchecked', message: `cannot check the drops: line ${line} was not reached; ${early}` };
    return { status: 'failed', message: `line ${line} never runs, so it drops nothing, not ${list(expected)}` };
  }
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    // Parts dropped with their owner (a `Vec`'s elements, a struct's fields) may be listed or left out.
    const direct = run.drops.filter((s) => !s.owner);
    if (sameDrops(expected, direct) || sameDrops(expected, run.drops)) continue;
    const actual = direct.map(nameOf);
    const when = runs.length > 1 ? ` on run ${i + 1} of ${runs.length} of this line` : '';
    return {
      status: 'failed',
      message: actual.length === 0 ? `drops nothing${when}, not ${list(expected)}` : `drops ${list(actual)}${when}, not ${list(expected)}`,
    };
  }
  const again = runs.length > 1 ? ` each of the ${runs.length} times line ${line} runs` : '';
  return { status: 'confirmed', message: `drops ${list(expected)}${again}` };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `8388608` → `8 MiB`: stack budgets read best in the unit they were set in. */
function stackSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return plural(bytes, 'byte');
}
