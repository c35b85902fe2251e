/** Shared by every test file (vitest.config.ts setupFiles): see registry.ts. */
import { afterEach, expect } from 'vitest';
import { startedFakes } from './registry.js';

afterEach(() => {
  for (const fake of startedFakes) {
    const fresh = fake.violations.slice(fake.acknowledged);
    fake.acknowledged = fake.violations.length;
    expect(fresh, 'requests or answers of the fake GitHub off its OpenAPI description').toEqual([]);
  }
});
