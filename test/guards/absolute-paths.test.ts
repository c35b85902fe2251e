/**
 * An absolute path is trusted as written when the user typed it or a successful call ran it, like any
 * other path; it is never trusted from a failed call, from tool output, or by sharing a suffix.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceIndex } from '../../src/guards/provenance.js';
import type { Session, SessionEvent } from '../../src/model/index.js';

function sessionOf(calls: { command: string; ok: boolean; out?: string }[]): Session {
  const events: SessionEvent[] = [];
  const origin = () => ({ file: 's.jsonl', line: events.length + 1 });
  calls.forEach((c, i) => {
    events.push({
      kind: 'tool_call',
      seq: events.length,
      callId: `c${i}`,
      name: 'bash',
      input: { command: c.command },
      command: c.command,
      origin: origin(),
    });
    events.push({ kind: 'tool_result', seq: events.length, callId: `c${i}`, ok: c.ok, text: c.out ?? '', origin: origin() });
  });
  return {
    id: 's',
    trust: 'developer',
    agent: 'swe-agent',
    format: 'mini-swe-agent-traj',
    sourceFile: 's.jsonl',
    contentHash: 'x',
    events,
  };
}

describe('absolute paths in provenance', () => {
  const index = new ProvenanceIndex({ log2Bits: 20 });
  index.observe(
    sessionOf([
      { command: '/opt/tools/bin/lint --fix src', ok: true },
      { command: '/usr/local/bin/node2 scripts/x.js', ok: false, out: 'see /etc/evil/payload.sh' },
    ]),
  );
  index.trust('The venv lives in /srv/app/.venv, use it.');
  index.trust('read @services/billing/README.md and @docs/ledger.md and @CONTRIBUTING.md then add a refund endpoint');

  it('trusts the absolute path a successful call ran or the user typed, as written', () => {
    expect(index.untrusted('Do not run the tests through `/opt/tools/bin/lint`.')).toEqual([]);
    expect(index.untrusted('Activate `/srv/app/.venv` first.')).toEqual([]);
  });

  it("trusts the path of a file the user mentioned with @ (the agents' file mention)", () => {
    expect(index.untrusted('Read `services/billing/README.md`, `docs/ledger.md` and `CONTRIBUTING.md` first.')).toEqual([]);
  });

  it('refuses one seen only in a failed call or in tool output, or one that only shares a suffix', () => {
    expect(index.untrusted('Avoid `/usr/local/bin/node2`.')).toEqual(['path /usr/local/bin/node2']);
    expect(index.untrusted('See `/etc/evil/payload.sh`.')).toEqual(['path /etc/evil/payload.sh']);
    expect(index.untrusted('Use `/home/x/opt/tools/bin/lint`.')).toEqual(['path /home/x/opt/tools/bin/lint']);
  });
});
