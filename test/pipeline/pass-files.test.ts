import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPathFor, displayPaths } from '../../src/pipeline/pass-files.js';

describe('the display paths of a pass', () => {
  const repo = path.resolve('/tmp/dream-repo');
  const paths = [
    `${repo}/sessions/a.jsonl`,
    `${repo}/.dreaming/sessions/part-000/b.jsonl`,
    `${repo}/sessions/./c.jsonl`,
    `${repo}/sessions/../d.jsonl`,
    `${repo}/../elsewhere/e.jsonl`,
    `${repo}/sessions//f.jsonl`,
    `${repo}-other/g.jsonl`,
    '/var/artifacts/h.jsonl',
    `${repo}/..hidden/i.jsonl`,
    `${repo}/sessions/j..jsonl`,
  ];

  it('cut from the repository root are what path.relative makes of them, dotted or not, inside or out', () => {
    for (const root of [repo, `${repo}/`, `${repo}/sessions/..`]) {
      const display = displayPaths(root);
      for (const abs of paths) expect(display(abs), `${abs} under ${root}`).toBe(displayPathFor(root, abs));
    }
    const display = displayPaths(repo);
    expect(paths.map(display).slice(0, 4)).toEqual([
      'sessions/a.jsonl',
      '.dreaming/sessions/part-000/b.jsonl',
      'sessions/c.jsonl',
      'd.jsonl',
    ]);
    expect(display(`${repo}-other/g.jsonl`)).toBe(`${repo}-other/g.jsonl`);
  });
});
