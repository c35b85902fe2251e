/**
 * Command groups: a subcommand that itself takes subcommands (`docker compose up`, `gh pr create`,
 * `git stash pop`, `aws s3 cp`). The verb after the group is what runs, so it belongs to the command's
 * subcommands: `docker compose ps` is not `docker compose up`, and a lesson about one is neither kept
 * nor broken by runs of the other.
 */

/**
 * Per program, its subcommands that are groups of verbs. A bounded table: a group is a fact of the tool's grammar.
 * Maps, not objects: every command parsed asks by its program's name, and an object answers a name it lacks from its
 * prototype (`constructor`, `valueOf`), which read a program so named as a cloud CLI's path of groups.
 */
const GROUPS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    git: new Set(['remote', 'stash', 'worktree', 'submodule', 'bisect', 'lfs', 'notes', 'sparse-checkout', 'maintenance', 'reflog']),
    docker: new Set([
      'compose',
      'container',
      'image',
      'volume',
      'network',
      'context',
      'buildx',
      'builder',
      'system',
      'plugin',
      'swarm',
      'service',
      'stack',
      'secret',
      'config',
      'node',
      'trust',
      'manifest',
      'scout',
    ]),
    kubectl: new Set(['config', 'rollout', 'auth', 'top', 'certificate', 'set', 'plugin']),
    gh: new Set([
      'pr',
      'issue',
      'repo',
      'run',
      'workflow',
      'release',
      'auth',
      'gist',
      'label',
      'secret',
      'variable',
      'cache',
      'codespace',
      'project',
      'extension',
      'ssh-key',
      'gpg-key',
      'ruleset',
      'org',
      'attestation',
      'alias',
      'search',
    ]),
    cargo: new Set(['nextest', 'llvm-cov', 'make']),
    uv: new Set(['pip', 'python', 'tool', 'cache', 'self']),
    poetry: new Set(['env', 'self', 'cache', 'source', 'debug']),
    pip: new Set(['cache', 'config']),
    pip3: new Set(['cache', 'config']),
    npm: new Set(['cache', 'config']),
    go: new Set(['mod', 'work']),
    dotnet: new Set(['tool', 'nuget', 'workload', 'sln', 'dev-certs', 'user-secrets']),
    terraform: new Set(['state', 'workspace', 'providers']),
  }),
);

/**
 * Subcommands that run a command elsewhere, given as their arguments: `adb shell screencap -p` runs `screencap` on the
 * device, `adb shell "pkill -f launcher && sleep 2"` runs `pkill`. Read as one family, a screenshot that worked after a
 * refused broadcast taught "Run `adb shell screencap -p`, not `adb shell am broadcast …`", and a quoted command read as
 * no command at all taught "plain `adb shell` fails".
 */
const COMMAND_RUNNERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['adb', new Set(['shell', 'exec-out'])]]);

/**
 * Cloud CLIs whose every command is a path of groups (`aws s3 cp`, `gcloud compute instances list`,
 * `az storage account list`): how many words of it name the command. Deeper words may be a resource's
 * name; a family one word too narrow only misses a pairing, one too wide pairs unrelated commands.
 */
const GROUP_PATHS: ReadonlyMap<string, number> = new Map([
  ['aws', 2],
  ['gcloud', 3],
  ['az', 3],
]);
/** gcloud's release tracks say which build of the command runs, not which command. */
const TRACKS = new Set(['alpha', 'beta']);

/** A verb as CLIs spell them: lowercase words joined by dashes; a path, file, URL or value is none. */
const VERB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

interface GroupWords {
  words: readonly string[];
  taken: number;
}
/** What most commands have (one value for all: every command parsed asks). */
const NO_GROUP: GroupWords = Object.freeze({ words: Object.freeze([]), taken: 0 });

/**
 * The words after the subcommands `sub` the parser read that name the command too, from `rest` (the words
 * after the program, in order, without the options value-flags.ts knows to take a value and their values), and how
 * many of the positional words left after `sub` they took. Only words standing right there count: behind another
 * flag, a word may be the flag's value (`az group create -n rg1`, `docker compose --ansi never up`).
 */
export function groupWords(program: string, sub: readonly string[], rest: readonly string[]): GroupWords {
  const depth = GROUP_PATHS.get(program);
  if (depth !== undefined) {
    const words: string[] = [];
    let taken = 0;
    for (const w of rest) {
      if (words.length === depth || !VERB.test(w)) break;
      taken++;
      if (!TRACKS.has(w) || words.length > 0) words.push(w);
    }
    return { words, taken };
  }
  const group = sub.length === 1 ? sub[0] : undefined;
  if (group === undefined) return NO_GROUP;
  const next = rest[rest.indexOf(group) + 1] ?? '';
  // The program a remote shell runs is what runs, also when its command came as one quoted word.
  const verb = COMMAND_RUNNERS.get(program)?.has(group) ? (next.trim().split(/\s+/)[0] ?? '') : GROUPS.get(program)?.has(group) ? next : '';
  return VERB.test(verb) ? { words: [verb], taken: 1 } : NO_GROUP;
}

/**
 * The family the parser gave a command before it read command groups (`docker compose up` ->
 * `docker compose`, `go mod tidy` -> `go mod`, `aws s3 cp` -> `aws`): a pattern learned then was
 * named by it, and its lesson's later episodes are named by the longer family (see legacy-signatures.ts).
 */
export function preGroupFamily(family: string): string {
  const words = family.split(' ');
  const program = words[0] ?? '';
  if (GROUP_PATHS.get(program) !== undefined) return program;
  return words.length > 2 && GROUPS.get(program)?.has(words[1] ?? '') ? `${program} ${words[1]}` : family;
}

/** A family that names a group with no verb (`docker compose`, `aws`): what preGroupFamily makes of a group's commands. */
export function isBareGroup(family: string): boolean {
  const words = family.split(' ');
  const program = words[0] ?? '';
  if (GROUP_PATHS.get(program) !== undefined) return words.length === 1;
  return words.length === 2 && !!GROUPS.get(program)?.has(words[1] ?? '');
}
