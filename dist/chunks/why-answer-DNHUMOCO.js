import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  assertGitRepo,
  repoDirFlag
} from "./chunk-TUEB33D2.js";
import {
  loadLedger,
  mergeLedgers,
  readLedgerFile
} from "./chunk-YK2Z4U6E.js";
import {
  GitHistory,
  fileOrigins
} from "./chunk-4U33LYCA.js";
import "./chunk-OOZKFMRS.js";
import "./chunk-B5EED3GH.js";
import "./chunk-QOGLFVLO.js";
import {
  readTranscriptFile
} from "./chunk-GFMZHGGR.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import {
  indexEvidence,
  isHostedDreamEvidence,
  resolvesInside,
  unsafeRepoPath
} from "./chunk-DRR55QGK.js";
import "./chunk-UIMAFZUT.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-RAGNSPQK.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-MEBIEL22.js";
import {
  REPO_SESSION,
  WITHHELD_WORDS,
  hasDreamTrailers
} from "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";

// src/cli/why-answer.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/ledger/why.ts
async function explainFile(opts) {
  const h = opts.history ?? new GitHistory(opts.repoDir);
  const ref = opts.ref ?? "HEAD";
  const origins = await fileOrigins(h, opts.ledger, opts.file, ref);
  if (!origins) throw new Error(`${opts.file}: not in ${ref} (dream why reads committed lines; commit the file first)`);
  if (opts.only !== void 0 && (opts.only < 1 || opts.only > origins.lines.length)) {
    throw new Error(`${opts.file}:${opts.only}: the file has ${origins.lines.length} line(s) at ${ref}`);
  }
  const byLine = /* @__PURE__ */ new Map();
  for (const o of origins.entries) for (let l = o.entry.startLine; l <= o.entry.endLine; l++) byLine.set(l, o);
  const out = [];
  for (const bl of origins.lines) {
    if (opts.only !== void 0 && bl.line !== opts.only) continue;
    const c = await h.info(bl.sha);
    const commit = { sha: c.sha, author: c.author, date: c.committedAt, subject: c.message.split("\n")[0] ?? "" };
    const o = byLine.get(bl.line);
    if (o?.adoption && o.editId && o.commit.sha === bl.sha) {
      const e = opts.ledger.edits[o.editId];
      const a = o.adoption;
      out.push({
        file: opts.file,
        line: bl.line,
        text: bl.text,
        commit,
        origin: o.kind === "reworded" ? "reworded" : "dream",
        edit: {
          id: o.editId,
          op: e.op,
          ...e.patternId ? { patternId: e.patternId } : {},
          ...e.entryText ? { proposedText: e.entryText } : {},
          ...e.rationale ? { rationale: e.rationale } : {},
          ...e.support ? { support: e.support } : {},
          evidence: e.evidence ?? [],
          ...a.prNumber !== void 0 ? { pr: { number: a.prNumber, ...e.pr?.number === a.prNumber && e.pr.url ? { url: e.pr.url } : {} } } : {},
          how: a.how,
          adoptedIn: a.adoptedIn,
          adoptedAt: a.adoptedAt,
          status: e.status
        }
      });
      continue;
    }
    out.push({
      file: opts.file,
      line: bl.line,
      text: bl.text,
      commit,
      origin: (!o || o.entry.kind === "heading") && hasDreamTrailers(c.message) ? "dream-layout" : "human"
    });
  }
  return out;
}

// src/cli/why-answer.ts
function parseTarget(arg) {
  const m = /^(.*):(\d+)$/.exec(arg);
  const file = (m ? m[1] : arg).split(path.sep).join("/").replace(/^\.\//, "");
  const bad = unsafeRepoPath(file);
  if (bad) throw new Error(`${arg}: ${bad}`);
  if (m && Number(m[2]) < 1) throw new Error(`${arg}: lines are numbered from 1`);
  return { file, ...m ? { line: Number(m[2]) } : {} };
}
async function whyLedger({
  repoDir,
  ledgerPath,
  stateBranch,
  history: h
}) {
  const local = loadLedger(await readLedgerFile(repoDir, ledgerPath), ledgerPath);
  for (const ref of [`refs/remotes/origin/${stateBranch}`, `refs/heads/${stateBranch}`]) {
    const text = stateBranch ? await h.show(ref, ledgerPath) : null;
    if (text !== null) return mergeLedgers(loadLedger(text, `${stateBranch}:${ledgerPath}`), local);
  }
  return local;
}
async function resolveEvidence(repoDir, lines) {
  const all = lines.flatMap((l) => l.edit?.evidence ?? []);
  const local = (e) => !unsafeRepoPath(e.file) && resolvesInside(repoDir, path.join(repoDir, e.file));
  const index = await indexEvidence(
    [{ id: "why", op: "add", file: "", rationale: "", evidence: all.filter((e) => e.session !== REPO_SESSION && local(e)) }],
    (file, cited) => readTranscriptFile(path.join(repoDir, file), { displayPath: file, cited }),
    // An edit merged before ids carried their file's place cites its session by the bare name.
    { bareNames: true }
  );
  const check = (e) => {
    if (isHostedDreamEvidence({ ...e })) return { ...e, resolved: false, why: "cites a hosted dream, not a transcript line" };
    if (e.session === REPO_SESSION) return { ...e, resolved: false, why: "cites a repository file, not a transcript" };
    if (!local(e)) return { ...e, resolved: false, why: "the transcript is outside the checkout" };
    if (!existsSync(path.join(repoDir, e.file))) return { ...e, resolved: false, why: "the transcript is no longer in the checkout" };
    const why = index.explain({ ...e });
    if (why) return { ...e, resolved: false, why };
    const { unverified: _, ...rest } = e;
    return { ...rest, resolved: true, ...index.unverifiedTurn({ ...e }) ? { unverified: true } : {} };
  };
  return lines.map(({ edit, ...l }) => edit ? { ...l, edit: { ...edit, evidence: edit.evidence.map(check) } } : l);
}
var short = (sha) => sha.slice(0, 7);
var day = (iso) => iso.slice(0, 10);
function renderWhy(answers) {
  const out = [];
  for (const a of answers) {
    out.push(`${a.file}:${a.line}  ${a.text}`);
    const by = `${a.commit.author} in ${short(a.commit.sha)} on ${day(a.commit.date)}`;
    if (a.origin === "human") out.push(`  written by a person (${by}); no dream evidence`);
    else if (a.origin === "dream-layout") out.push(`  layout written by a dream commit (${by}); no edit of its own`);
    const e = a.edit;
    if (!e) continue;
    const pr = e.pr ? `, PR #${e.pr.number}${e.pr.url ? ` ${e.pr.url}` : ""}` : "";
    if (a.origin === "reworded")
      out.push(`  a reviewer's rewording (${by}) of dream edit ${e.id}, adopted ${day(e.adoptedAt)} in ${short(e.adoptedIn)}${pr}`);
    else out.push(`  dream edit ${e.id} (${e.op}), adopted by ${e.how} ${day(e.adoptedAt)} in ${short(e.adoptedIn)}${pr}`);
    if (a.origin === "reworded" && e.proposedText) out.push(`  the dream proposed: ${e.proposedText}`);
    if (e.patternId)
      out.push(`  pattern ${e.patternId}${e.support ? `, support ${e.support.sessions} session(s), ${e.support.agents} agent(s)` : ""}`);
    if (e.rationale) out.push(`  rationale: ${e.rationale}`);
    if (e.efficacy) out.push(`  efficacy: ${e.efficacy.verdict}`);
    if (e.evidence.length === 0) out.push("  evidence: none kept in the ledger");
    for (const v of e.evidence) {
      const quote = v.unverified ? `(${WITHHELD_WORDS})` : `"${v.quote}"`;
      out.push(`  evidence: ${v.session} ${v.file}:${v.line} ${quote} (${v.resolved ? "resolves" : `does not resolve: ${v.why}`})`);
    }
  }
  return `${out.join("\n")}
`;
}
async function whyText(target, flags) {
  const repoDir = await repoDirFlag(flags.repo);
  await assertGitRepo(flags.repo, repoDir, "dream why reads each line's commits: run it in a clone, or pass --repo one");
  const { file, line } = parseTarget(target);
  const history = new GitHistory(repoDir);
  const ledger = await whyLedger({ repoDir, ledgerPath: flags.ledger, stateBranch: flags.stateBranch, history });
  const lines = await explainFile({ repoDir, ledger, file, ref: flags.ref, history, ...line !== void 0 ? { only: line } : {} });
  const answers = await resolveEvidence(repoDir, lines);
  return flags.json ? `${JSON.stringify(answers, null, 2)}
` : renderWhy(answers);
}
export {
  whyLedger,
  whyText
};
