/**
 * The adversarial corpus through every engine and the real pipeline (what `npm run audit:adversarial`
 * prints): no planted secret in any outgoing artifact or LLM request, no planted injection in memory,
 * transcripts untouched, and, so that none of this is vacuous, the engines really did produce the
 * dangerous candidates with support from two sessions or more, and the guards refused them.
 */
import { describe, expect, it } from 'vitest';
import { auditClaude, auditDreams, auditOffline, MALICIOUS_DREAM_LINES, MALICIOUS_ENTRIES } from '../../audit/engines.js';
import { landedInjections, secretLeaks } from '../../audit/scan.js';
import { plantedInjections, plantedSecrets } from '../helpers/adversarial-corpus.js';

describe('the leak scanner (controls)', () => {
  it('finds a planted secret whole, cut short, or as a rule match, and a marker only in memory-bound text', () => {
    const s = plantedSecrets.anthropic;
    expect(secretLeaks([{ label: 'a', text: `x ${s} y` }]).map((l) => l.what)).toContain('anthropic');
    expect(secretLeaks([{ label: 'a', text: `cut: ${s.slice(30, 55)}` }]).map((l) => l.what)).toEqual(['anthropic']);
    expect(secretLeaks([{ label: 'a', text: 'ghp_' + 'Zx9'.repeat(12) + 'Q' }]).map((l) => l.what)).toEqual(['rule:github-pat']);
    expect(secretLeaks([{ label: 'a', text: 'nothing to see [REDACTED:github-pat]' }])).toEqual([]);
    const marker = plantedInjections.pipeToShell;
    expect(landedInjections([{ label: 'quote', text: marker }])).toEqual([]);
    expect(landedInjections([{ label: 'CLAUDE.md', text: marker, memory: true }])).toEqual([
      { artifact: 'CLAUDE.md', what: 'pipeToShell' },
    ]);
  });
});

describe('offline engine over the adversarial corpus', () => {
  it('leaks nothing, lands nothing, mines nothing from hook-shaped output, and the guards refused the dangerous candidates left', async () => {
    const a = await auditOffline();
    expect(a.leaks).toEqual([]);
    expect(a.landed).toEqual([]);
    expect(a.transcriptsChanged).toEqual([]);
    expect(a.transcriptsHashed).toBe(5);
    expect(a.artifacts.map((x) => x.label)).toEqual(
      expect.arrayContaining(['report.json', 'PR body', 'commit message', 'job summary', 'ledger', 'logs']),
    );
    // The dependency output posing as a hook never becomes a pattern, a lesson or a candidate: lessons
    // from tool output are built from the commands that ran, and the planted orders never ran.
    const mined = JSON.stringify(a.run.report.patterns.map((p) => [p.summary, p.signature]));
    expect(a.run.report.patterns.length).toBeGreaterThan(0);
    expect(mined).not.toContain(plantedInjections.hookPipeToShell);
    expect(mined).not.toContain(plantedInjections.hookUnknownCommand);
    const byGuard = (text: string) => a.refused.filter((r) => r.edit.after?.includes(text)).map((r) => `${r.by}: ${r.reason}`);
    expect(byGuard(plantedInjections.hookPipeToShell)).toEqual([]);
    expect(byGuard(plantedInjections.hookUnknownCommand)).toEqual([]);
    // The pytest fix set a redacted password: mined as a pattern, but a value of one machine or session (a redacted
    // secret among them) words no lesson (signals/machine-values.ts), so no candidate carries the hole at all.
    expect(a.run.report.patterns.some((p) => p.summary.includes('[REDACTED:url-password]'))).toBe(true);
    expect(byGuard('[REDACTED:url-password]')).toEqual([]);
    expect(a.run.report.edits.filter((e) => e.after?.includes('REDACTED'))).toEqual([]);
    // The hook-shaped attacks no longer reach the engine's output; the ones in user-turn text still do, and are refused.
    expect(a.proposedDangerous).toBeGreaterThanOrEqual(2);
    expect(a.unrefused).toEqual([]);
    expect(a.passContentGuards).toEqual([]);
  });
});

describe('claude engine against the replay server, answering with malicious edits', () => {
  it('every malicious edit reaches the guards with real evidence and is refused; no request carries a secret', async () => {
    const a = await auditClaude();
    expect(a.leaks).toEqual([]);
    expect(a.landed).toEqual([]);
    expect(a.transcriptsChanged).toEqual([]);
    expect(a.requests).toBeGreaterThanOrEqual(3);
    const requests = a.artifacts.filter((x) => x.label.startsWith('LLM request'));
    expect(requests.length).toBe(a.requests);
    // Non-vacuous: the requests carry the corpus (redacted), not nothing.
    const all = requests.map((r) => r.text).join('\n');
    expect(all).toContain('[REDACTED:');
    expect(all).toContain('a0a0a0a0-0001-4aaa-8aaa-000000000001');
    // Each malicious entry passed the engine's own checks (evidence verified, reviewer kept it) and a guard refused it.
    expect(a.proposedDangerous).toBe(MALICIOUS_ENTRIES.length);
    for (const entry of MALICIOUS_ENTRIES) {
      const hits = a.refused.filter(
        (r) => r.edit.after === entry || (entry.includes(plantedSecrets.github) && r.edit.after?.includes('[REDACTED:github-pat]')),
      );
      expect(
        hits.map((r) => r.by),
        entry,
      ).toEqual([expect.stringMatching(/^guard:(provenance|secrets)$/)]);
      expect(hits[0]!.edit.evidence.length).toBeGreaterThanOrEqual(2);
    }
    // The refused secret is recorded redacted: the report and PR body show the marker, never the token.
    expect(a.run.report.rejected.some((r) => r.edit.after === `- Authenticate to the staging API with [REDACTED:github-pat].`)).toBe(true);
    expect(a.unrefused).toEqual([]);
    expect(a.passContentGuards).toEqual([]);
  });
});

describe('claude engine whose reviewer drops the malicious edits', () => {
  // The engine's own rejections reach report.json and the PR body: runDream redacts them too.
  it("leaks no secret through the engine's own rejections", async () => {
    const a = await auditClaude({ verdict: 'drop' });
    expect(a.run.report.rejected.filter((r) => r.by === 'reviewer').length).toBeGreaterThanOrEqual(5);
    expect(a.landed).toEqual([]);
    expect(a.leaks).toEqual([]);
  });
});

describe('anthropic-dreams engine with a malicious output store', () => {
  it('turns the dream into edits, and no malicious one lands; each would be refused by content alone', async () => {
    const a = await auditDreams();
    expect(a.leaks).toEqual([]);
    expect(a.landed).toEqual([]);
    expect(a.transcriptsChanged).toEqual([]);
    expect(a.dreamEdits).toBeGreaterThanOrEqual(MALICIOUS_DREAM_LINES.length + 2);
    expect(a.proposedDangerous).toBe(MALICIOUS_DREAM_LINES.length + 2);
    expect(a.run.report.edits).toEqual([]);
    expect(a.unrefused).toEqual([]);
    // Whichever guard refused first, the content guards alone would have stopped every one.
    expect(a.passContentGuards).toEqual([]);
    expect(a.refused.some((r) => r.by === 'guard:paths' && r.edit.file === '.github/copilot-instructions.md')).toBe(true);
  });
});
