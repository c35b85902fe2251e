/**
 * Staleness through the whole pass (real readers, real git history, real guards): each case of
 * issue 16 names a path or script that an older rule would have deleted, and each is saved by exactly
 * one rule, because everything else about it (absent, removed by a commit) says "stale".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDream, type DreamRunResult } from '../../../src/pipeline/run.js';
import { OfflineEngine } from '../../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import { silentLogger } from '../../../src/log.js';
import type { Edit } from '../../../src/model/index.js';
import { gitIn, writeFiles } from '../../helpers/fake-github/repo-fixture.js';
import { claudeSession, type Step } from '../../../eval/corpus-builders.js';

const rootClaude = [
  '# Acme',
  '',
  '- Seed the database with `npm run db:seed`.',
  '- See `src/legacy/handlers.ts` for the request handlers.',
  '- Keep route handlers in `api/src/routes/`.',
  '- Do not edit generated files under `api/src/generated/`.',
  '- Never hand-edit the SQL under `db/migrations/`.',
  '- Generated protobuf code lives in `services/api/gen/`; never edit it by hand.',
  '- Protobuf stubs are written to `services/api/stubs/`.',
  '- The web bundle is written to `web/dist/`.',
  '- Lint the docs with `npm run lint:docs`.',
  '- Start the web app with `npm run dev:web`.',
  '- The admin panel lives in `src/admin/`.',
  '- Record failures with `OpenTelemetry.Tracer.set_status/2`.',
  '- Never run `npm run db:wipe` outside a local database.',
  '- Write commit messages in the imperative mood.',
  '',
].join('\n');

const missing = (name: string) =>
  `npm error Missing script: "${name}"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run`;
const steps: Step[] = [
  { user: 'Set up the database and add a users route.' },
  { bash: 'npm run db:migrate', error: true, out: missing('db:migrate') },
  { bash: 'npm run db:seed', error: true, out: missing('db:seed') },
  { edit: 'api/src/routes/users.ts' },
  { bash: 'npm run db:wipe', error: true, out: 'Error: connect ECONNREFUSED 127.0.0.1:5432' },
];

let dir: string;
let removalSha: string;
let result: DreamRunResult;
const deleted = (): Edit[] => result.report.edits.filter((e) => e.op === 'delete');
const deletes = (text: string) => deleted().some((e) => e.before?.includes(text));
const decision = (text: string) => result.report.decisions?.find((d) => d.entry.includes(text));

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-stale-'));
  gitIn(dir, ['init', '-q']);
  writeFiles(dir, {
    'package.json': JSON.stringify(
      { name: 'acme', private: true, workspaces: ['packages/web'], scripts: { build: 'tsc', 'db:seed': 'node seed.js' } },
      null,
      2,
    ),
    'packages/api/package.json': JSON.stringify({ name: 'api', scripts: { 'db:migrate': 'node migrate.js' } }, null, 2),
    'packages/api/CLAUDE.md':
      '# API\n\n- Run migrations with `npm run db:migrate`.\n- Keep handlers thin.\n' +
      '- The shared rules are loaded with `@docs/shared-rules.md`.\n- Type Node globals with `@types/node`; the design system is `@acme/ui/button`.\n',
    'packages/web/package.json': JSON.stringify({ name: 'web', scripts: { 'dev:web': 'vite' } }, null, 2),
    'CLAUDE.md': rootClaude,
    'src/legacy/handlers.ts': 'export {};\n',
    'src/index.ts': 'export {};\n',
    'api/src/routes/users.ts': 'export {};\n',
    'api/src/generated/client.ts': 'export {};\n',
    'services/api/stubs/user_pb.ts': 'export {};\n',
    'web/dist/bundle.js': '1;\n',
    'db/migrations/001.sql': 'select 1;\n',
    'docs/shared-rules.md': '# Shared rules\n',
  });
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '-qm', 'Initial layout']);
  // One commit removes everything the memory names: only the rule under test can save each entry.
  gitIn(dir, ['rm', '-rq', 'src/legacy', 'api', 'services/api/stubs', 'web/dist', 'db']);
  writeFiles(dir, {
    '.gitignore': 'gen/\nservices/api/stubs/\n',
    'package.json': JSON.stringify({ name: 'acme', private: true, workspaces: ['packages/web'], scripts: { build: 'tsc' } }, null, 2),
  });
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '-qm', 'Drop the legacy server and the seed script']);
  removalSha = gitIn(dir, ['rev-parse', 'HEAD']).trim();
  writeFiles(dir, {
    '.dreaming/sessions/s1.jsonl': claudeSession('5e551011-0000-4000-8000-000000000001', 1, steps).text,
    '.dreaming/sessions/s2.jsonl': claudeSession('5e551011-0000-4000-8000-000000000002', 2, steps).text,
  });
  result = await runDream({
    repoDir: dir,
    sessions: ['.dreaming/sessions/*.jsonl'],
    engine: new OfflineEngine(),
    // No share cap: each entry's fate must come from the staleness rules alone.
    options: { ...defaultDreamOptions, maxDeleteShare: 1 },
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
  });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('staleness proven, not guessed', () => {
  it('deletes a path removed by a commit of the branch, citing the commit', () => {
    const e = deleted().find((x) => x.before?.includes('src/legacy/handlers.ts'));
    expect(e?.rationale).toContain(`removed in ${removalSha.slice(0, 7)}`);
    expect(e?.evidence[0]).toMatchObject({ session: 'git', file: 'src/legacy/handlers.ts', commit: removalSha });
    expect(result.report.rejected.map((r) => r.reason)).toEqual([]);
  });

  it('deletes a script removed from the only package.json once sessions fail with "missing script"', () => {
    const e = deleted().find((x) => x.before?.includes('db:seed'));
    expect(e).toBeDefined();
    const quotes = e!.evidence.filter((x) => x.session !== 'repo').map((x) => x.quote);
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of quotes) expect(q).toContain('Missing script: "db:seed"');
  });

  it('keeps a path that a session of the pass edited successfully', () => {
    expect(deletes('api/src/routes/')).toBe(false);
    expect(decision('api/src/routes/')).toBeUndefined();
  });

  it('never deletes a prohibition about generated files', () => {
    expect(deletes('api/src/generated/')).toBe(false);
    expect(deletes('services/api/gen/')).toBe(false);
  });

  it('never deletes a prohibition whose path a commit removed: a human decides, with the commit as evidence', () => {
    expect(deletes('db/migrations/')).toBe(false);
    const d = decision('db/migrations/');
    expect(d?.kind).toBe('prohibition');
    expect(d?.evidence.some((x) => x.commit === removalSha)).toBe(true);
  });

  it('keeps paths that .gitignore covers, and generated or build output', () => {
    expect(deletes('services/api/gen/')).toBe(false);
    expect(deletes('services/api/stubs/')).toBe(false);
    expect(deletes('web/dist/')).toBe(false);
    for (const p of ['services/api/gen/', 'services/api/stubs/', 'web/dist/']) expect(decision(p), p).toBeUndefined();
  });

  it("judges packages/api/CLAUDE.md's script by packages/api/package.json, not the root", () => {
    expect(result.report.edits.filter((e) => e.file === 'packages/api/CLAUDE.md')).toEqual([]);
    expect(result.report.notes.some((n) => n.includes('packages/api/CLAUDE.md') && n.includes('db:migrate'))).toBe(true);
  });

  it('finds a root memory script in a workspace package', () => {
    expect(deletes('dev:web')).toBe(false);
    expect(decision('dev:web')).toBeUndefined();
  });

  it('reports, and does not delete, a script defined nowhere that no session ran', () => {
    expect(deletes('lint:docs')).toBe(false);
    expect(decision('lint:docs')?.kind).toBe('unproven');
  });

  it('reports, and does not delete, a path under an existing folder that no commit removed', () => {
    expect(deletes('src/admin/')).toBe(false);
    expect(decision('src/admin/')?.kind).toBe('unproven');
    // A function with its arity is no path at all.
    expect(decision('set_status/2')).toBeUndefined();
  });

  it('reads no `@` span as a path: an import of a file that is there (round 17), or a scoped package', () => {
    for (const m of ['@docs/shared-rules.md', '@types/node', '@acme/ui/button']) expect(decision(m)).toBeUndefined();
  });

  it('never deletes a prohibition whose command kept failing: a human decides, with the failing sessions', () => {
    expect(deletes('db:wipe')).toBe(false);
    const d = decision('db:wipe');
    expect(d?.kind).toBe('prohibition');
    expect(d?.evidence.some((x) => x.quote.includes('ECONNREFUSED'))).toBe(true);
  });

  it('deletes nothing else, and every deletion carries proof beyond the entry itself', () => {
    expect(
      deleted()
        .map((e) => e.before)
        .sort(),
    ).toEqual(['- See `src/legacy/handlers.ts` for the request handlers.', '- Seed the database with `npm run db:seed`.']);
    for (const e of deleted()) expect(e.evidence.some((x) => x.session !== 'repo')).toBe(true);
  });
});
