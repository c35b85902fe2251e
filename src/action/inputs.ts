/**
 * The Action's inputs, read from INPUT_* the way @actions/core reads them, but from a given
 * environment so runs can be isolated (tests run several in one process). Only src/main.ts uses it.
 */
import { INTEGER_SETTINGS, parseIntegerSetting, type IntegerBounds } from '../config/values.js';

export class Inputs {
  constructor(private readonly env: NodeJS.ProcessEnv) {}

  text(name: string): string {
    return (this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  }

  /** Whether the input was given at all: a runner sets every input action.yml declares, empty or not. */
  given(name: string): boolean {
    return this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] !== undefined;
  }

  /** Globs split on newlines only: `{jsonl,json}` holds a comma. */
  lines(name: string): string[] | undefined {
    const v = this.text(name);
    return v
      ? v
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  }

  /** Names split on commas or newlines. */
  list(name: string): string[] | undefined {
    const v = this.text(name);
    return v
      ? v
          .split(/[\n,]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  }

  bool(name: string): boolean | undefined {
    const v = this.text(name);
    if (!v) return undefined;
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    throw new TypeError(`input ${name} must be true or false, got "${v}"`);
  }

  /** An integer input, checked by the same rule as its CLI flag and config key (src/config/values.ts). */
  int(name: string, min = 0): number | undefined {
    const v = this.text(name);
    if (!v) return undefined;
    const bounds = (INTEGER_SETTINGS as Record<string, IntegerBounds>)[name] ?? { min };
    return parseIntegerSetting(`input ${name}`, v, bounds);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const v = this.text(name);
    if (!v) return undefined;
    if (!allowed.includes(v as T)) throw new TypeError(`input ${name} must be one of ${allowed.join(', ')}, got "${v}"`);
    return v as T;
  }
}
