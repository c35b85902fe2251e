import { describe, expect, it } from 'vitest';
import { redactingLogger } from '../../src/log.js';
import type { Logger } from '../../src/model/index.js';

describe('redactingLogger', () => {
  it('redacts secrets in messages and in the file a warning points at', () => {
    const seen: string[] = [];
    const inner: Logger = {
      debug: (m) => seen.push(`debug ${m}`),
      info: (m) => seen.push(`info ${m}`),
      warning: (m, w) => seen.push(`warning ${m} @ ${w?.file}:${w?.line}`),
      error: (m, w) => seen.push(`error ${m} @ ${w?.file}`),
    };
    // Assembled at run time so the literal never sits in the repository.
    const token = 'ghp_' + 'R2l0SHViVG9rZW5Gb3JUZXN0'.repeat(2).slice(0, 36);
    const log = redactingLogger(inner);
    log.info(`using ${token}`);
    log.debug(`token=${token}`);
    log.warning('skipped: unknown format', { file: `sessions/${token}.jsonl`, line: 3 });
    log.error(`push failed for ${token}`, { file: 'x' });
    expect(seen).toHaveLength(4);
    for (const line of seen) expect(line).not.toContain(token);
    expect(seen[2]).toMatch(/^warning skipped: unknown format @ sessions\/\[REDACTED:[^\]]+\]\.jsonl:3$/);
  });
});
