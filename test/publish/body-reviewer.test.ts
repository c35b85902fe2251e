/**
 * What a reviewer reads first: which quote is the failure and which the fix, the tool version and
 * the run that made the PR, main sessions counted apart from subagents, and a summary table whose
 * shortened cells end with an ellipsis and keep memory's code spans as code.
 */
import { describe, expect, it } from 'vitest';
import { renderPull, sessionCount } from '../../src/publish/body.js';
import { edit, passResult } from './helpers.js';

const ctx = {
  owner: 'acme',
  repo: 'notes',
  serverUrl: 'https://github.com',
  baseSha: 'a'.repeat(40),
  branch: 'dreaming/memory',
  date: new Date('2026-11-21T00:00:00Z'),
};

describe('the PR body for the reviewer', () => {
  it('labels the failing quote and the fixing quote', () => {
    const e = edit('e-1', '- Build with `npm run build`.', {
      evidence: [
        {
          session: 's-1',
          file: '.dreaming/sessions/s-1.jsonl',
          line: 3,
          quote: 'npm error Missing script: "legacy-build"',
          agent: 'claude-code',
          role: 'failure',
        },
        { session: 's-1', file: '.dreaming/sessions/s-1.jsonl', line: 4, quote: 'npm run build', agent: 'claude-code', role: 'fix' },
        { session: 's-2', file: '.dreaming/sessions/s-2.jsonl', line: 9, quote: 'a correction, no role', agent: 'claude-code' },
      ],
    });
    const body = renderPull(passResult([e]).report, ctx).body;
    const lines = body.split('\n');
    const at = (quote: string) => lines[lines.findIndex((l) => l.includes(quote)) - 1] ?? '';
    expect(at('Missing script')).toMatch(/^- \*\*failure:\*\* session `s-1`/);
    expect(at('> npm run build')).toMatch(/^- \*\*fix:\*\* session `s-1`/);
    expect(at('a correction, no role')).toMatch(/^- session `s-2`/);
  });

  it('shows the tool version and links the workflow run', () => {
    const runUrl = 'https://github.com/acme/notes/actions/runs/4242';
    const body = renderPull(passResult([edit('e-1', '- a')]).report, { ...ctx, toolVersion: 'v1.2.3', runUrl }).body;
    expect(body).toContain(`agent-dreaming v1.2.3`);
    expect(body).toContain(`[workflow run](${runUrl})`);
    // Before the hidden marker, which stays last.
    expect(body.indexOf(runUrl)).toBeLessThan(body.indexOf('<!-- agent-dreaming:state'));
  });

  it('counts main sessions and subagents apart, in the title and the headline', () => {
    const input = passResult(
      [edit('e-1', '- a')],
      Array.from({ length: 17 }, (_, i) => `s-${i}`),
    );
    input.report.sessions.subagents = 12;
    const pull = renderPull(input.report, ctx);
    expect(pull.title).toBe('Dreaming: 1 memory edit from 5 sessions (+12 subagents)');
    expect(pull.body).toContain('read **5** new sessions (+12 subagents)');
    expect(sessionCount({ read: 1, subagents: 0 })).toBe('1 session');
    expect(sessionCount({ read: 2, subagents: 1 })).toBe('1 session (+1 subagent)');
  });

  it('ends a shortened table cell with an ellipsis and keeps code spans as code', () => {
    const long = `- Run the database migrations with \`npm run db:migrate -- --env=test\` before ${'any integration test suite '.repeat(6)}runs.`;
    const body = renderPull(passResult([edit('e-1', long), edit('e-2', '- Use `a|b` in `grep -E`.')]).report, ctx).body;
    const row = (n: number) => body.split('\n').find((l) => l.startsWith(`| ${n} |`)) ?? '';
    expect(row(1)).toContain('`npm run db:migrate -- --env=test`');
    expect(row(1)).toMatch(/\w… \|$/);
    expect(row(1)).not.toContain("'npm");
    expect(row(2)).toContain('`a\\|b`');
    expect(row(2)).toContain('`grep -E`');
  });

  it('closes a code span the shortening cut open', () => {
    const long = `- Always run \`${'x'.repeat(40)} ${'--flag '.repeat(20)}\` first.`;
    const row =
      renderPull(passResult([edit('e-1', long)]).report, ctx)
        .body.split('\n')
        .find((l) => l.startsWith('| 1 |')) ?? '';
    const cellText = row.split(' | ')[3] ?? '';
    expect((cellText.match(/`/g) ?? []).length % 2).toBe(0);
    expect(cellText).toMatch(/`…/);
  });
});
