// Medians and number formatting shared by the bench's sections.
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** This process's CPU time in milliseconds (user + system). */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Median CPU time of `run` in milliseconds, after two warm-up runs. CPU time, not wall time: on
 * a loaded machine the wall clock also counts the time other processes had the cores.
 */
export function time(run: () => void, runs: number): number {
  run();
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = cpuNow();
    run();
    samples.push(cpuNow() - start);
  }
  return median(samples);
}

/**
 * Like `time`, with a fresh `setup()` before each run that is not timed: what `run` caches on its
 * input (the front end caches its result on the tree) must not make a later run look cheaper.
 */
export function timeFresh<T>(setup: () => T, run: (input: T) => void, runs: number, dispose?: (input: T) => void): number {
  const once = (): number => {
    const input = setup();
    try {
      const start = cpuNow();
      run(input);
      return cpuNow() - start;
    } finally {
      dispose?.(input);
    }
  };
  once();
  once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(once());
  return median(samples);
}

export function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

export function ratio(value: number, base: number): string {
  return `${(value / base).toFixed(2)}×`;
}

export function thousands(n: number): string {
  return Math.round(n).toLocaleString('en');
}

/**
 * `text` with every type and trait it declares renamed `NameSUFFIX`: the simulator keys a program's
 * types by name, and refuses a program that declares two types of one name in different modules.
 */
function renameTypes(text: string, suffix: string): string {
  const names = new Set([...text.matchAll(/\b(?:struct|enum|trait|union|type)\s+([A-Z]\w*)/g)].map((m) => m[1]!));
  for (const n of names) text = text.replace(new RegExp(`\\b${n}\\b`, 'g'), `${n}${suffix}`);
  return text;
}

/**
 * The examples repeated to at least `minLines` lines, each copy in a module of its own: a long file
 * of real code that rustc accepts, whose names all resolve (so name resolution, type checking and
 * borrow checking do their whole work on it), and with no entry point (a `main` in a module is not one).
 * `distinctTypes` renames each copy's types (see renameTypes), for a file the simulator runs.
 */
export function generatedFile(sources: readonly string[], minLines: number, distinctTypes = false): string {
  const copies: string[] = [];
  let lines = 0;
  for (let i = 0; lines < minLines; i++) {
    for (const [j, text] of sources.entries()) {
      copies.push(`mod copy_${i}_${j} {\n${distinctTypes ? renameTypes(text, `${i}x${j}`) : text}\n}\n`);
      lines += text.split('\n').length + 3;
    }
  }
  return copies.join('\n');
}
