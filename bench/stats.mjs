// Small statistics helpers shared by the benchmarks.

export const median = (values) => quantile(values, 0.5)

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low)
}

/** Median absolute deviation as a share of the median: a spread that outliers do not inflate. */
export function madShare(values) {
  const m = median(values)
  return median(values.map((v) => Math.abs(v - m))) / m
}

export const ns = (ms) => `${Math.round(ms * 1e6).toLocaleString('en')} ns`
export const pct = (share) => `±${(share * 100).toFixed(1)}%`
export const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`
