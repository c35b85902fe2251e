/**
 * Every fake GitHub a test file starts, so one shared afterEach (vitest setupFiles:
 * test/helpers/fake-github/after-each.ts) asserts that no request or answer left the OpenAPI
 * description, in every test file that drives a fake, without each file remembering to.
 */
export interface Checked {
  readonly violations: string[];
  /** Violations before this index were asserted already (by the shared hook or by the test itself). */
  acknowledged: number;
}

export const startedFakes = new Set<Checked>();
