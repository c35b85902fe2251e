/**
 * Output that opens like a failure, for formats with neither an error flag nor an exit code (opencode's bash, the
 * SWE-agent and OpenHands trajectories, SpecStory, Cline, console, Grok, Codex without one, the generic reader).
 */

/**
 * A push a server refused opens "remote: error: ..." (a hook's or a ruleset's verdict). npm prints "npm error"
 * (npm 10) or "npm ERR!" lines only when a command fails; Windows PowerShell opens an error record with
 * where it happened ("At line:1 char:5", "At C:\\...\\script.ps1:7 char:4"), after the cmdlet's message when
 * there is one ("Get-Item : Cannot find path ..."). Codex's harness answers a call it could not start (its workdir
 * or program missing) with "execution error: Io(Os { code: 2, kind: NotFound, ... })" and no exit code.
 */
const LOOKS_FAILED =
  /^(?:(?:remote: )?error\b|execution error:|fatal:|failed to |Traceback \(most recent call last\)|apply_patch verification failed|(?:bash: )?\S*: command not found|Your proposed edit has introduced new syntax error|npm (?:error|ERR!) |ERR_PNPM_[A-Z0-9_]+\b|Usage Error: |(?:[^\n]* : [^\n]*\n)?At (?:line:\d+|[^\n]*?:\d+) char:\d+\b)/i;

export function looksFailed(text: string): boolean {
  const head = text.trimStart();
  return LOOKS_FAILED.test(head);
}
