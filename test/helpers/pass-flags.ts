/**
 * The V8 flags a pass sets once its modules are loaded (src/pipeline/bounded-heap.ts, setPassFlags): the old
 * generation's growth factor, and TurboFan off where Maglev is on by default (V8 12 and later on x64 and arm64;
 * Node 20's V8 11 has it off, and there the tiers are left alone). Written out here rather than read from the
 * module, so a test of the module checks it against an independent list.
 */
const maglevByDefault = Number(process.versions.v8.split('.')[0]) >= 12 && (process.arch === 'x64' || process.arch === 'arm64');

const GROWTH_FLAG = '--heap-growing-percent=10';
export const TIER_FLAGS: readonly string[] = maglevByDefault ? ['--no-turbofan'] : [];

/**
 * Node arguments whose process prints V8's code cache tag with the pass's flags in force, set as a pass sets
 * them: the growth factor gives the same tag on the command line, but `--no-turbofan` does not (given at start,
 * V8 applies the flag's implications too), so the tiers are set after start, as setPassFlags does.
 */
export function passFlagsTagArgs(): string[] {
  return [
    GROWTH_FLAG,
    '--input-type=module',
    '-e',
    `import { cachedDataVersionTag, setFlagsFromString } from "node:v8"; for (const f of ${JSON.stringify(TIER_FLAGS)}) setFlagsFromString(f); console.log(cachedDataVersionTag());`,
  ];
}
