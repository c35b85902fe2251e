/**
 * The Action on real work: the spotter_claude_code corpus (../shared, absent in a user's clone)
 * arrives as one workflow artifact, the way claude-code-action execution files do, against the
 * CLAUDE.md those sessions ran under. The whole run must stay on the GitHub spec and in bounds.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStateMarker } from '../../src/publish/body.js';
import { buildZip } from '../sources/zipfixtures.js';
import { makeActionWorld, type ActionWorld } from './world.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus/spotter_claude_code');
const present = existsSync(path.join(corpus, '_memory_files', 'CLAUDE.md.HEAD'));

let w: ActionWorld | undefined;
afterAll(async () => {
  await w?.close();
});

describe.skipIf(!present)('the Action over a real corpus delivered as an artifact', () => {
  it('reads every session, stays on the OpenAPI spec, and keeps the PR body in bounds', async () => {
    const files = readdirSync(corpus, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.jsonl'));
    const zip = await buildZip(files.map((f) => ({ name: f, data: readFileSync(path.join(corpus, f)) })));
    w = await makeActionWorld({ 'CLAUDE.md': readFileSync(path.join(corpus, '_memory_files', 'CLAUDE.md.HEAD'), 'utf8') });
    w.fake.artifacts.push({ id: 501, name: 'claude-session-spotter', zip, createdAt: '2026-11-20T00:00:00Z' });

    const started = performance.now();
    const r = await w.act({ 'artifact-name': 'claude-session-*', sessions: 'none/*.jsonl', 'min-new-sessions': '1' });
    const ms = Math.round(performance.now() - started);
    expect(r.failed).toBeUndefined();
    expect(Number(r.outputs['sessions-read'])).toBeGreaterThanOrEqual(files.length - 1);
    const edits = Number(r.outputs.edits);
    console.log(
      `corpus run: ${files.length} files, ${zip.length} zipped bytes, ${r.outputs['sessions-read']} sessions, ${edits} edits, ${r.outputs['pull-request-operation']}, ${ms} ms`,
    );
    if (edits > 0) {
      const pr = w.fake.pulls[0]!;
      expect(pr.body.length).toBeLessThan(65_536);
      expect(parseStateMarker(pr.body)?.editIds).toHaveLength(edits);
      console.log(`corpus PR body: ${pr.body.length} chars`);
      if (process.env.DREAM_DUMP_BODY) writeFileSync(process.env.DREAM_DUMP_BODY, pr.body);
    } else {
      expect(r.outputs['pull-request-operation']).toBe('none');
    }
    expect(w.fake.violations).toEqual([]);
  });
});
