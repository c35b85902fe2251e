/**
 * Who sent a Claude Code prompt: a person, or a program through the SDK. Told by the record's own fields, never by
 * its text.
 */
import { asRecord, str } from '../builder.js';

/**
 * Whether a user record is a prompt a program sent: Claude Code writes `promptSource` "typed" for what the person
 * typed at its prompt and "sdk" for what came in through the SDK (`claude -p`, a harness's loop, CI, an app), and
 * newer versions add `origin: {kind: "human"}` wherever a person typed it (Claude Code's own test for a human turn,
 * which a remote session's prompt passes with "sdk"). A prompt sent through the SDK that no human origin vouches for
 * is the task a program handed the agent, sent again on every run: never the person's words to remember (round 30:
 * loop-bench harnesses re-sent their orders, "Never write or `touch` an empty `.diff` file", to each round).
 */
export function programSent(o: Record<string, unknown>, entrypoint: string | undefined): boolean {
  if (o.promptSource !== 'sdk' || str(asRecord(o.origin)?.kind) === 'human') return false;
  return !(entrypoint && TYPED_SURFACE.test(entrypoint));
}

/**
 * The surfaces a person types into, as the record's `entrypoint` names them: the terminal UI, the VS Code and
 * JetBrains panels, the desktop app, a phone's remote session. The IDE panels and the desktop app drive Claude Code
 * through the SDK, so what a person types there is recorded "sdk" (2.1.16x, before `origin` was written: "promptSource":
 * "sdk" beside "entrypoint":"claude-vscode" on a prompt typed in the panel). Only the SDK's own entrypoints ("sdk-cli"
 * for `claude -p`, "sdk-ts", "sdk-py") or none leave an SDK prompt a program's. A `claude -p` typed by hand in a
 * terminal is recorded exactly as a script's ("sdk-cli", no origin): nothing tells them apart, so it stays task text.
 */
const TYPED_SURFACE = /^(?:cli|claude-vscode|claude-jetbrains|claude-desktop|local-agent|remote(?:[_-]\w+)?|mobile)$/;
