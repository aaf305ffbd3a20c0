export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of latencies in milliseconds, rounded to 0.01 ms. */
export function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted.at(-1) ?? Number.NaN),
    mean: round(sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1)),
  };
}

export async function measure<T>(inputs: T[], run: (input: T) => Promise<unknown>, warmup = 20): Promise<Summary> {
  for (const input of inputs.slice(0, warmup)) await run(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await run(input);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}
