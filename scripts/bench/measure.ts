/** p50, p95 and max of latencies in ms (sorted in place). */
export function percentiles(latencies: number[]) {
  latencies.sort((a, b) => a - b)
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0
  return { count: latencies.length, p50: at(50), p95: at(95), max: latencies.at(-1) ?? 0 }
}

/** Runs `request` from `concurrency` workers for `seconds`; returns throughput and latency percentiles. */
export async function measure(request: () => Promise<Response>, { concurrency, seconds }: { concurrency: number; seconds: number }) {
  const latencies: number[] = []
  let errors = 0
  const deadline = performance.now() + seconds * 1000
  const worker = async () => {
    while (performance.now() < deadline) {
      const start = performance.now()
      try {
        const response = await request()
        await response.arrayBuffer()
        if (!response.ok) errors++
      } catch {
        errors++
      }
      latencies.push(performance.now() - start)
    }
  }
  const began = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const elapsed = (performance.now() - began) / 1000
  const { p50, p95 } = percentiles(latencies)
  return { requests: latencies.length, perSecond: latencies.length / elapsed, p50, p95, errors }
}

/**
 * Runs `task` on every input, one at a time, `rounds` times over (inputs in the same order each round);
 * returns each call's latency in ms. Errors are not caught: a failing task fails the bench.
 */
export async function sequentially<T>(inputs: readonly T[], rounds: number, task: (input: T) => Promise<unknown>) {
  const latencies: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const start = performance.now()
      await task(input)
      latencies.push(performance.now() - start)
    }
  }
  return latencies
}
