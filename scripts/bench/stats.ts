/** Latency summary of a list of timings in milliseconds. */
export interface Latency {
  count: number;
  median: number;
  p99: number;
  max: number;
}

export function summarise(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { count: sorted.length, median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

/** Peak resident set size of this process (all its threads), in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** CPU time this process has used so far (every thread), in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
