/**
 * `dream why FILE[:LINE] [--json]`: why is this line in our memory? For each line, the commit that
 * last changed it (git blame) and whether it was a dream edit, a reviewer's rewording of one, or a
 * person's line; for dreamed lines the dream PR, pattern, support, rationale and evidence, each
 * quote checked against its transcript when that transcript is still in the checkout.
 *
 * This file finds the answer; src/cli/why.ts declares the command and imports this when it runs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Session } from '../model/index.js';
import { REPO_SESSION, WITHHELD_WORDS } from '../model/index.js';
import { readTranscriptFile } from '../transcripts/index.js';
import { loadLedger, mergeLedgers, readLedgerFile, type Ledger, type LedgerEvidence } from '../ledger/index.js';
import { GitHistory } from '../ledger/adoption.js';
import { explainFile, type WhyLine } from '../ledger/why.js';
import { indexEvidence, isHostedDreamEvidence } from '../guards/evidence.js';
import { resolvesInside, unsafeRepoPath } from '../guards/paths.js';
import { assertGitRepo, repoDirFlag } from './repo-dir.js';

interface ResolvedEvidence extends LedgerEvidence {
  /** true: the quote occurs in the cited event; false: it does not, or the transcript is gone (see `why`). */
  resolved: boolean;
  why?: string;
}

export type WhyAnswer = Omit<WhyLine, 'edit'> & {
  edit?: Omit<NonNullable<WhyLine['edit']>, 'evidence'> & { evidence: ResolvedEvidence[] };
};

/** Parses `FILE` or `FILE:LINE`; a name that itself contains a colon works when no line follows. */
function parseTarget(arg: string): { file: string; line?: number } {
  const m = /^(.*):(\d+)$/.exec(arg);
  const file = (m ? m[1]! : arg).split(path.sep).join('/').replace(/^\.\//, '');
  const bad = unsafeRepoPath(file);
  if (bad) throw new Error(`${arg}: ${bad}`);
  if (m && Number(m[2]) < 1) throw new Error(`${arg}: lines are numbered from 1`);
  return { file, ...(m ? { line: Number(m[2]) } : {}) };
}

/** The checkout's ledger, merged with the state branch's copy when that branch is present locally. */
export async function whyLedger({
  repoDir,
  ledgerPath,
  stateBranch,
  history: h,
}: {
  repoDir: string;
  ledgerPath: string;
  stateBranch: string;
  history: GitHistory;
}): Promise<Ledger> {
  const local = loadLedger(await readLedgerFile(repoDir, ledgerPath), ledgerPath);
  for (const ref of [`refs/remotes/origin/${stateBranch}`, `refs/heads/${stateBranch}`]) {
    const text = stateBranch ? await h.show(ref, ledgerPath) : null;
    if (text !== null) return mergeLedgers(loadLedger(text, `${stateBranch}:${ledgerPath}`), local);
  }
  return local;
}

/** Checks each quote against its transcript, reading each transcript once; only files inside the checkout. */
async function resolveEvidence(repoDir: string, lines: WhyLine[]): Promise<WhyAnswer[]> {
  const all = lines.flatMap((l) => l.edit?.evidence ?? []);
  const local = (e: LedgerEvidence): boolean => !unsafeRepoPath(e.file) && resolvesInside(repoDir, path.join(repoDir, e.file));
  const index = await indexEvidence(
    [{ id: 'why', op: 'add', file: '', rationale: '', evidence: all.filter((e) => e.session !== REPO_SESSION && local(e)) }],
    (file, cited): AsyncIterable<Session> => readTranscriptFile(path.join(repoDir, file), { displayPath: file, cited }),
    // An edit merged before ids carried their file's place cites its session by the bare name.
    { bareNames: true },
  );
  const check = (e: LedgerEvidence): ResolvedEvidence => {
    if (isHostedDreamEvidence({ ...e })) return { ...e, resolved: false, why: 'cites a hosted dream, not a transcript line' };
    if (e.session === REPO_SESSION) return { ...e, resolved: false, why: 'cites a repository file, not a transcript' };
    if (!local(e)) return { ...e, resolved: false, why: 'the transcript is outside the checkout' };
    if (!existsSync(path.join(repoDir, e.file))) return { ...e, resolved: false, why: 'the transcript is no longer in the checkout' };
    const why = index.explain({ ...e });
    if (why) return { ...e, resolved: false, why };
    // Read from the transcript, whatever the ledger recorded: a turn no one can attribute to the person is marked.
    const { unverified: _, ...rest } = e;
    return { ...rest, resolved: true, ...(index.unverifiedTurn({ ...e }) ? { unverified: true as const } : {}) };
  };
  return lines.map(({ edit, ...l }) => (edit ? { ...l, edit: { ...edit, evidence: edit.evidence.map(check) } } : l));
}

const short = (sha: string): string => sha.slice(0, 7);
const day = (iso: string): string => iso.slice(0, 10);

function renderWhy(answers: WhyAnswer[]): string {
  const out: string[] = [];
  for (const a of answers) {
    out.push(`${a.file}:${a.line}  ${a.text}`);
    const by = `${a.commit.author} in ${short(a.commit.sha)} on ${day(a.commit.date)}`;
    if (a.origin === 'human') out.push(`  written by a person (${by}); no dream evidence`);
    else if (a.origin === 'dream-layout') out.push(`  layout written by a dream commit (${by}); no edit of its own`);
    const e = a.edit;
    if (!e) continue;
    const pr = e.pr ? `, PR #${e.pr.number}${e.pr.url ? ` ${e.pr.url}` : ''}` : '';
    if (a.origin === 'reworded')
      out.push(`  a reviewer's rewording (${by}) of dream edit ${e.id}, adopted ${day(e.adoptedAt)} in ${short(e.adoptedIn)}${pr}`);
    else out.push(`  dream edit ${e.id} (${e.op}), adopted by ${e.how} ${day(e.adoptedAt)} in ${short(e.adoptedIn)}${pr}`);
    if (a.origin === 'reworded' && e.proposedText) out.push(`  the dream proposed: ${e.proposedText}`);
    if (e.patternId)
      out.push(`  pattern ${e.patternId}${e.support ? `, support ${e.support.sessions} session(s), ${e.support.agents} agent(s)` : ''}`);
    if (e.rationale) out.push(`  rationale: ${e.rationale}`);
    if (e.efficacy) out.push(`  efficacy: ${e.efficacy.verdict}`);
    if (e.evidence.length === 0) out.push('  evidence: none kept in the ledger');
    for (const v of e.evidence) {
      // The words of a turn no one can attribute to the person are counted by their place (--json keeps them, marked).
      const quote = v.unverified ? `(${WITHHELD_WORDS})` : `"${v.quote}"`;
      out.push(`  evidence: ${v.session} ${v.file}:${v.line} ${quote} (${v.resolved ? 'resolves' : `does not resolve: ${v.why}`})`);
    }
  }
  return `${out.join('\n')}\n`;
}

export interface WhyFlags {
  repo: string;
  json?: boolean;
  ref: string;
  ledger: string;
  stateBranch: string;
}

/** What `dream why TARGET` prints. */
export async function whyText(target: string, flags: WhyFlags): Promise<string> {
  const repoDir = await repoDirFlag(flags.repo);
  await assertGitRepo(flags.repo, repoDir, "dream why reads each line's commits: run it in a clone, or pass --repo one");
  const { file, line } = parseTarget(target);
  const history = new GitHistory(repoDir);
  const ledger = await whyLedger({ repoDir, ledgerPath: flags.ledger, stateBranch: flags.stateBranch, history });
  const lines = await explainFile({ repoDir, ledger, file, ref: flags.ref, history, ...(line !== undefined ? { only: line } : {}) });
  const answers = await resolveEvidence(repoDir, lines);
  return flags.json ? `${JSON.stringify(answers, null, 2)}\n` : renderWhy(answers);
}
