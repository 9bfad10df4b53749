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

export function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

export function ratio(value: number, base: number): string {
  return `${(value / base).toFixed(2)}×`;
}

export function thousands(n: number): string {
  return Math.round(n).toLocaleString('en');
}

/** The examples `times` over, each copy's items renamed (so no copy has a `fn main`): a long file of real code. */
export function generatedFile(sources: readonly string[], minLines: number): string {
  const copies: string[] = [];
  let lines = 0;
  for (let i = 0; lines < minLines; i++) {
    for (const [j, text] of sources.entries()) {
      copies.push(text.replace(/\b(fn|struct|const|impl Drop for) (\w+)/g, `$1 $2_${i}_${j}`));
      lines += text.split('\n').length;
    }
  }
  return copies.join('\n');
}
