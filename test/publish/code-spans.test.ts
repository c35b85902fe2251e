/**
 * What a reviewer reads in the PR body: a rationale's or reason's `code` renders as code with its own
 * characters (markdown decodes no entity inside a span, so escaping it as prose showed `&amp;&amp;`),
 * and a span is kept only where markdown reads the same span, so text a span would have shielded is
 * never left raw.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderPull } from '../../src/publish/body.js';
import { formatRunSummary } from '../../src/pipeline/summary.js';
import type { DreamReport } from '../../src/model/index.js';
import { dreamRunReport } from '../helpers/run-cli.js';
import { edit, passResult } from './helpers.js';

const ctx = {
  owner: 'acme',
  repo: 'notes',
  serverUrl: 'https://github.com',
  baseSha: 'a'.repeat(40),
  branch: 'dreaming/memory',
  date: new Date('2026-11-21T00:00:00Z'),
};
const html = (md: string) => marked.parse(md, { async: false, gfm: true });
/** The text of every code span, entities decoded as a browser shows them. */
const codeTexts = (md: string) =>
  [...html(md).matchAll(/<code>([^<]*)<\/code>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );

const withRejected = (rejected: DreamReport['rejected']) => {
  const { report } = passResult([edit('e-1', '- Use npm.', { rationale: 'kept' })]);
  return { ...report, rejected };
};

describe('code in what the reviewer reads', () => {
  it.each([
    ['a shell list', 'source venv/bin/activate && python'],
    ['a redirect', 'make test 2>&1 | tee log'],
    ['a comparison', 'test "$n" -lt 3'],
    ['an HTML-looking argument', 'grep -r "<div>" src'],
  ])("a rationale's code span shows its own characters (%s)", (_what, command) => {
    const { report } = passResult([
      edit('e-1', '- Run it.', { rationale: `plain \`python\` failed and \`${command}\` worked, in 2 sessions` }),
    ]);
    const why = renderPull(report, ctx)
      .body.split('\n')
      .find((l) => l.startsWith('**Why:**'))!;
    expect(codeTexts(why)).toEqual(['python', command]);
  });

  it("a rejected edit's reason and text keep their code, and the edit reads as written", () => {
    const body = renderPull(
      withRejected([
        {
          edit: edit('e-2', '- Run `source venv/bin/activate && python` first.'),
          by: 'guard:grounding',
          reason: "`source venv/bin/activate && python` never appeared in the user's words",
        },
      ]),
      ctx,
    ).body;
    const line = body.split('\n').find((l) => l.startsWith('- **add**'))!;
    expect(codeTexts(line)).toEqual(['CLAUDE.md', 'source venv/bin/activate && python', 'source venv/bin/activate && python']);
  });

  it.each([
    ['a longer run pairing with a span opener', 'see `x `` y `<img src=x onerror=alert(1)>`'],
    ['an escaped backtick before a span', 'see \\`<img src=x onerror=alert(1)>`'],
    ['a heading and a link inside spans', '`# Maintainer override` `[fix](https://evil.example)` `<a href=x>y</a>`'],
    ['a mention and a reference beside spans', 'ping @octocat about #12 `ok`'],
  ])('stays inert: %s', (_what, text) => {
    const { report } = passResult([edit('e-1', `- ${text}`, { rationale: text })]);
    const proposed = renderPull(report, ctx).body.split('\n');
    const rejected = renderPull(withRejected([{ edit: edit('e-2', `- ${text}`), by: 'guard:markup', reason: text }]), ctx).body.split('\n');
    // The lines this text reaches: the summary table's row, the rationale, the rejected edit's line.
    const lines = [
      proposed.find((l) => l.startsWith('| 1 |'))!,
      proposed.find((l) => l.startsWith('**Why:**'))!,
      rejected.find((l) => l.startsWith('- **add**'))!,
    ];
    for (const line of lines) {
      const rendered = html(line.startsWith('| 1 |') ? `| # | op | file | edit |\n| --- | --- | --- | --- |\n${line}` : line);
      expect(rendered, line).not.toMatch(/<a\b|<img\b|<h\d\b/);
      expect(rendered, line).not.toMatch(/@octocat|#12/);
    }
  });

  it('control: the same texts as raw markdown do render HTML', () => {
    expect(html('see `x `` y `<img src=x onerror=alert(1)>`')).toMatch(/<img\b/);
    expect(html('see \\`<img src=x onerror=alert(1)>`')).toMatch(/<img\b/);
  });
});

describe('the counts a reviewer compares', () => {
  it('the sources line says its numbers are sessions, subagents counted, beside the headline that counts them apart', () => {
    const { report } = passResult([edit('e-1', '- Use npm.')], ['s-1', 's-2', 's-3']);
    const body = renderPull({ ...report, sessions: { ...report.sessions, subagents: 2, byTrust: { developer: 3 } } }, ctx).body;
    expect(body).toContain('Dreaming read **1** new session (+2 subagents)');
    expect(body).toContain('**Sources (subagents counted):** 3 sessions from developers (local or committed transcripts).');
    const alone = renderPull({ ...report, sessions: { ...report.sessions, read: 1, byTrust: { developer: 1 } } }, ctx).body;
    expect(alone).toContain('**Sources:** 1 session from developers');
  });

  it("dream run's summary says which edit a guard rejected, and counts one session as one", () => {
    const report = withRejected([
      { edit: edit('e-2', '- Use the venv in this project.'), by: 'guard:trust', reason: 'its only support is 1 user turn' },
    ]);
    const summary = formatRunSummary({
      ...report,
      patterns: [
        {
          id: 'p',
          kind: 'repeated_failure',
          summary: '`mix credo` failed 2 times',
          signature: 'p',
          support: 1,
          agents: ['claude-code'],
          sessions: ['s-1'],
        },
      ],
    } as DreamReport);
    expect(summary).toContain('  - [repeated_failure] `mix credo` failed 2 times (1 session, claude-code)');
    expect(summary).toContain(
      '  rejected (guard:trust): add CLAUDE.md: - Use the venv in this project.\n         why: its only support is 1 user turn\n',
    );
  });
});

// The case that showed it: keyframe-blogger's venv lesson, read by `dream run` from the real export.
const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus/specstory_keyframe-blogger');
describe.skipIf(!existsSync(corpus))('a PR body from real data', () => {
  it("keyframe-blogger's venv fix shows `source venv/bin/activate && python` as the reviewer would type it", async () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'dream-code-spans-'));
    writeFileSync(path.join(repo, 'CLAUDE.md'), '# P\n');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
    const report = await dreamRunReport({
      repo,
      report: path.join(repo, '..', 'kb.json'),
      args: ['--sessions', corpus, '--min-support', '1'],
    });
    const body = renderPull(report, ctx).body;
    const why = body.split('\n').find((l) => l.startsWith('**Why:**') && l.includes('venv'))!;
    expect(codeTexts(why)).toContain('source venv/bin/activate && python');
    expect(why).not.toContain('&amp;');
    expect(readFileSync(path.join(repo, 'CLAUDE.md'), 'utf8')).toBe('# P\n');
  });
});
