// When a figure's sample is too small to be read on its own. The rules are the ones the methodology page
// publishes: the Krejcie–Morgan minimum when the office set its user population, otherwise the 30 responses
// below which offices are left out of rankings (fair comparison).

/** Fewer responses than this and a figure is marked "sampel kecil". */
export const SMALL_SAMPLE = 30;

export type SampleFlag =
  /** Below the Krejcie–Morgan minimum for the office's population: `n` of at least `required`. */
  | { kind: 'short'; n: number; required: number }
  /** No population set, and fewer than 30 responses. */
  | { kind: 'small'; n: number }
  | null;

/** The warning a grade or share must carry, or null when its sample is enough. */
export function sampleFlag(sample: { responses: number; requiredSample?: number | null }): SampleFlag {
  const { responses, requiredSample } = sample;
  if (responses === 0) return null;
  if (requiredSample != null) return responses < requiredSample ? { kind: 'short', n: responses, required: requiredSample } : null;
  return responses < SMALL_SAMPLE ? { kind: 'small', n: responses } : null;
}
