/**
 * The integer settings and their bounds, in one place so that a `--min-support` flag, a
 * `min-support` Action input and a `min-support:` line of the config file accept exactly the same
 * values and word their errors the same way.
 */
export interface IntegerBounds {
  min: number;
  max?: number;
}

export const INTEGER_SETTINGS = {
  'min-support': { min: 1 },
  'max-edits': { min: 0 },
  'min-new-sessions': { min: 0 },
  'dream-timeout-minutes': { min: 1, max: 1440 },
  'artifact-lookback-days': { min: 0 },
  'unobserved-days': { min: 1 },
} as const satisfies Record<string, IntegerBounds>;

export type IntegerSetting = keyof typeof INTEGER_SETTINGS;

class SettingValueError extends TypeError {
  override name = 'SettingValueError';
}

function describeBounds(b: IntegerBounds): string {
  return b.max === undefined ? `an integer ≥ ${b.min}` : `an integer from ${b.min} to ${b.max}`;
}

/**
 * Parses one integer setting. `label` is what the user typed it as (`--min-support`, `input
 * min-support`), so the error names the flag or input that holds the bad value.
 */
export function parseIntegerSetting(label: string, raw: string, bounds: IntegerBounds): number {
  const text = raw.trim();
  // Number('') is 0 and Number('0x10') is 16: only plain decimal digits are an integer here.
  const n = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < bounds.min || (bounds.max !== undefined && n > bounds.max)) {
    throw new SettingValueError(`${label}: expected ${describeBounds(bounds)}, got "${raw}"`);
  }
  return n;
}
