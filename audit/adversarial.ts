/**
 * `npm run audit:adversarial`: plants secrets, prompt injections, malformed inputs and path escapes,
 * runs every engine over them through the real pipeline, and counts what got out. Exits 1 if any
 * secret leaked, any injection landed in memory, any input crashed a reader or any path escaped.
 * test/trust/*.test.ts asserts the same numbers in CI.
 */
import { auditClaude, auditDreams, auditOffline, type EngineAudit } from './engines.js';
import { auditMalformed } from './malformed.js';
import { auditEscapes } from './escapes.js';
import { auditCredentials, type CredentialAudit } from './credentials.js';
import { auditClasses } from './classes.js';
import { auditReaders } from './readers.js';

interface Row {
  check: string;
  planted: number;
  bad: number;
  label: [string, string];
}

function table(rows: Row[]): string {
  const head = ['check', 'tried', 'failed', 'what'];
  const cells = rows.map((r) => [r.check, String(r.planted), String(r.bad), `${r.label[0]} / ${r.label[1]}`]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 1 || i === 2 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

function engineRows(a: EngineAudit): Row[] {
  return [
    { check: `${a.engine}: secrets`, planted: a.secretsPlanted, bad: a.leaks.length, label: ['planted', 'leaked'] },
    { check: `${a.engine}: injections`, planted: a.injectionsPlanted, bad: a.landed.length, label: ['planted', 'landed'] },
    {
      check: `${a.engine}: dangerous candidates`,
      planted: a.proposedDangerous,
      bad: a.unrefused.length + a.passContentGuards.length,
      label: ['proposed', 'accepted or content-guard-blind'],
    },
    { check: `${a.engine}: transcripts`, planted: a.transcriptsHashed, bad: a.transcriptsChanged.length, label: ['hashed', 'changed'] },
  ];
}

function credentialRows(c: CredentialAudit): Row[] {
  return [
    {
      check: 'credential shapes (run + capture)',
      planted: c.shapes,
      bad: new Set(c.leaks.map((l) => l.slice(l.lastIndexOf(': ') + 2))).size,
      label: ['planted', 'leaked'],
    },
    { check: 'credential look-alikes', planted: c.lookalikes, bad: c.falsePositives.length, label: ['tried', 'redacted'] },
    { check: 'hostile input cost', planted: c.hostile, bad: c.overBudget.length, label: ['tried', 'over budget'] },
  ];
}

async function main(): Promise<number> {
  const started = Date.now();
  const offline = await auditOffline();
  const claude = await auditClaude();
  const claudeDrops = await auditClaude({ verdict: 'drop' });
  const dreams = await auditDreams();
  const malformed = await auditMalformed();
  const escapes = await auditEscapes();
  const credentials = await auditCredentials();
  const classes = await auditClasses();
  const readers = await auditReaders();
  const rows: Row[] = [
    ...engineRows(offline),
    ...engineRows(claude),
    {
      check: 'claude: LLM requests scanned',
      planted: claude.requests,
      bad: claude.leaks.filter((l) => l.artifact.startsWith('LLM request')).length,
      label: ['requests', 'with a secret'],
    },
    ...engineRows(claudeDrops).slice(0, 2),
    ...engineRows(dreams),
    { check: 'malformed inputs', planted: malformed.tried, bad: malformed.crashes.length, label: ['tried', 'crashes'] },
    { check: 'malformed: transcripts', planted: malformed.files, bad: malformed.transcriptsChanged.length, label: ['hashed', 'changed'] },
    { check: 'path escapes (runGuards)', planted: escapes.tried, bad: escapes.tried - escapes.refused, label: ['tried', 'escaped'] },
    {
      check: 'path escapes (assertSafePath)',
      planted: escapes.publishTried,
      bad: escapes.publishTried - escapes.publishRefused,
      label: ['tried', 'escaped'],
    },
    { check: 'safe-path controls', planted: 3, bad: 3 - escapes.controlsAccepted, label: ['tried', 'wrongly refused'] },
    ...credentialRows(credentials),
    {
      check: 'readers: secrets in every string',
      planted: readers.reduce((n, r) => n + r.secretsTried, 0),
      bad: readers.reduce((n, r) => n + r.leaks.length, 0),
      label: ['places', 'survived the reader'],
    },
    {
      check: 'readers: orders outside the user',
      planted: readers.reduce((n, r) => n + r.injectionsTried, 0),
      bad: readers.reduce((n, r) => n + r.holes.length, 0),
      label: ['places', "became the user's words"],
    },
  ];
  process.stdout.write(`${table(rows)}\n\n`);
  // Issue 12's classes: each attack planted in 3 Claude Code + 2 Codex sessions, run by the offline engine and a compromised model.
  const classRows = classes.map((c) => [c.name, String(c.attacks), String(c.held)]);
  const cw = [0, 1, 2].map((i) => Math.max(['class', 'attacks', 'held'][i]!.length, ...classRows.map((r) => r[i]!.length)));
  const cline = (r: string[]) => r.map((x, i) => (i ? x.padStart(cw[i]!) : x.padEnd(cw[i]!))).join('  ');
  process.stdout.write(
    `${[cline(['class', 'attacks', 'held']), cw.map((w) => '-'.repeat(w)).join('  '), ...classRows.map(cline)].join('\n')}\n\n`,
  );
  const details = [
    ...[offline, claude, claudeDrops, dreams].flatMap((a) => [
      ...a.leaks.map((l) => `LEAK ${a.engine}: ${l.what} in ${l.artifact}`),
      ...a.landed.map((l) => `LANDED ${a.engine}: ${l.what} in ${l.artifact}`),
      ...a.unrefused.map((t) => `ACCEPTED ${a.engine}: ${t}`),
      ...a.passContentGuards.map((t) => `CONTENT-GUARD-BLIND ${a.engine}: ${t}`),
      ...a.transcriptsChanged.map((f) => `CHANGED ${a.engine}: ${f}`),
    ]),
    ...malformed.crashes.map((c) => `CRASH ${c.via}: ${c.file}: ${c.error}`),
    ...escapes.escaped.map((e) => `ESCAPED runGuards (${e.as}): ${JSON.stringify(e.path)}`),
    ...escapes.publishEscaped.map((p) => `ESCAPED assertSafePath: ${JSON.stringify(p)}`),
    ...credentials.leaks.map((l) => `LEAK credential shape: ${l}`),
    ...credentials.falsePositives.map((t) => `REDACTED look-alike: ${JSON.stringify(t)}`),
    ...credentials.overBudget.map((t) => `OVER BUDGET: ${t}`),
    ...classes.flatMap((c) => c.failures.map((f) => `NOT HELD ${c.name}: ${f}`)),
    ...readers.flatMap((r) => [
      ...r.leaks.map((l) => `LEAK reader ${r.format}: ${l}`),
      ...r.holes.map((h) => `INJECTED reader ${r.format}: ${h}`),
    ]),
  ];
  for (const a of [offline, claude, dreams]) {
    const by = new Map<string, number>();
    for (const r of a.refused) by.set(r.by, (by.get(r.by) ?? 0) + 1);
    process.stdout.write(`${a.engine}: dangerous candidates refused by ${[...by].map(([k, v]) => `${k} ×${v}`).join(', ') || 'nobody'}\n`);
  }
  const failed = rows.some((r) => r.bad > 0) || classes.some((c) => c.held < c.attacks);
  process.stdout.write(
    `${details.length ? `\n${details.join('\n')}\n` : ''}\n${failed ? 'FAIL' : 'OK'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`audit crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
