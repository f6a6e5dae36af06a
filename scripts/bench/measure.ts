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
  latencies.sort((a, b) => a - b)
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0
  return { requests: latencies.length, perSecond: latencies.length / elapsed, p50: at(50), p95: at(95), errors }
}
