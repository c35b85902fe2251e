/**
 * The Action's inputs, read from INPUT_* the way @actions/core reads them, but from a given
 * environment so runs can be isolated (tests run several in one process). Only src/main.ts uses it.
 *
 * A runner passes action.yml's `default:` for every input the workflow leaves out, and nothing
 * (neither @actions/core nor the environment) tells that apart from the same value written in the
 * workflow. So where a config file may decide instead, `unlessDefault` gives a view in which an input
 * still at its default reads as not set.
 */
import { INTEGER_SETTINGS, parseIntegerSetting, type IntegerBounds } from '../config/values.js';

export class Inputs {
  /** `defaults`: input name to its default, as action.yml spells it; an input equal to its default reads as empty. */
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly defaults: Readonly<Record<string, string>> = {},
  ) {}

  /** These inputs, with each one named in `defaults` read as not set while it holds that default. */
  unlessDefault(defaults: Readonly<Record<string, string>>): Inputs {
    return new Inputs(this.env, defaults);
  }

  text(name: string): string {
    const v = (this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    const d = this.defaults[name];
    return d !== undefined && sameLines(v, d) ? '' : v;
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

/** Equal line by line, ignoring blank lines and the indentation a YAML block scalar leaves. */
function sameLines(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n');
  return norm(a) === norm(b);
}
