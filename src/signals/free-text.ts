/**
 * Words of a command that are prose the session wrote, not how the command runs: a commit or tag message (`git
 * commit -m wip`), a pull request's title and body (`gh pr create --title … --body …`), a release's notes, a version
 * bump's message (`npm version patch -m "Release %s"`), what `echo` prints, what `curl -d` sends. They are this one
 * task in its own words, and may carry private text (a customer's name, "see the call with Bob"): a lesson quoting
 * them would tell every later session to commit "wip". A lesson's command therefore ends before them, as it ends
 * before a path (`git commit`, `gh pr create -R acme/almanac`), and a command's structural key keeps the option's
 * name, never its value (`--message=wip` is `--message`), so sessions that wrote other messages are one habit.
 *
 * Which options carry prose is each tool's grammar (`pytest -m "not slow"` is a marker expression the lesson needs;
 * `git revert -m 1` a parent number), so this is a bounded table by program and subcommand, plus long options whose
 * name says their value is prose in any tool.
 */

const MESSAGE = ['-m', '--message'];
const MESSAGE_OR_FILE = [...MESSAGE, '-F', '--file'];
const FORGE = ['-t', '--title', '-b', '--body', '-F', '--body-file', '-n', '--notes', '--notes-file', '--subject', '-d', '--description'];
/** curl's and wget's request payloads, headers and credentials: what one request sent, never how the project runs. */
const CURL = ['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--data-urlencode', '--json', '-F', '--form'];
const CURL_MORE = [...CURL, '--form-string', '-H', '--header', '-u', '--user', '-b', '--cookie'];

/** Per program, or per program and subcommand (`git commit`): its options whose value is prose. */
const BY_COMMAND: Record<string, readonly string[]> = {
  'git commit': MESSAGE_OR_FILE,
  'git tag': MESSAGE_OR_FILE,
  'git merge': MESSAGE_OR_FILE,
  'git notes': MESSAGE_OR_FILE,
  'git stash': MESSAGE,
  'hg commit': [...MESSAGE, '-l', '--logfile'],
  'hg ci': [...MESSAGE, '-l', '--logfile'],
  'sl commit': [...MESSAGE, '-l', '--logfile'],
  'svn commit': [...MESSAGE, '-F', '--file'],
  'svn ci': [...MESSAGE, '-F', '--file'],
  'jj describe': MESSAGE,
  'jj commit': MESSAGE,
  'jj new': MESSAGE,
  'docker commit': [...MESSAGE, '-a', '--author'],
  'podman commit': [...MESSAGE, '-a', '--author'],
  'npm version': MESSAGE,
  'yarn version': ['--message'],
  'gh pr': FORGE,
  'gh issue': FORGE,
  'gh release': FORGE,
  'glab mr': FORGE,
  'glab issue': FORGE,
  'glab release': FORGE,
  curl: CURL_MORE,
  wget: ['--post-data', '--body-data', '--header', '--user', '--password'],
  http: ['-a', '--auth'],
};
/** Long options whose value is prose whatever the tool. */
const ANY_COMMAND = new Set(['--message', '--title', '--body', '--description', '--notes', '--comment', '--subject', '--commit-message']);
/** Programs whose words after the program are what they print. */
const PRINTS = new Set(['echo', 'printf']);
/**
 * Subcommands whose words after them are prose, with no option before it: `git stash save <message>` (git's older
 * form of `git stash push -m`).
 */
const PROSE_ARGUMENTS = new Set(['git stash save']);

/** Whether a command's positional words (after its program and subcommands) are its prose. */
export function argumentsAreProse(program: string, sub: readonly string[]): boolean {
  return sub.length > 0 && PROSE_ARGUMENTS.has(`${program} ${sub.join(' ')}`);
}

const TABLE = new Map<string, ReadonlySet<string>>(Object.entries(BY_COMMAND).map(([k, flags]) => [k, new Set(flags)]));

/** What a command's prose options are looked up by: its program, and its first word after the program. */
export interface FreeTextContext {
  program: string;
  /** The subcommand, or for a program the parser knows no subcommands of (`hg`, `jj`), its first argument. */
  verb: string | undefined;
}

function optionsOf(c: FreeTextContext): ReadonlySet<string> | undefined {
  return (c.verb !== undefined ? TABLE.get(`${c.program} ${c.verb}`) : undefined) ?? TABLE.get(c.program);
}

/**
 * The prose option a command word is, by its name: `-m`, `--message=wip` (its value attached), or a bundle of short
 * options holding one (`-am wip`, `-mwip`: git reads the rest of a bundle, or the next word, as the message).
 * Undefined for any other word.
 */
export function freeTextOption(c: FreeTextContext, word: string): string | undefined {
  if (!word.startsWith('-') || word === '-' || word === '--') return undefined;
  const eq = word.indexOf('=');
  const name = eq > 0 ? word.slice(0, eq) : word;
  const own = optionsOf(c);
  if (ANY_COMMAND.has(name) || own?.has(name)) return name;
  if (!own || name.startsWith('--') || !/^-[A-Za-z]{2,}/.test(name)) return undefined;
  for (const letter of name.slice(1)) if (own.has(`-${letter}`)) return `-${letter}`;
  return undefined;
}

/** Does this word start the prose of the command: a prose option, or what `echo` prints? */
export function startsFreeText(c: FreeTextContext, word: string): boolean {
  return freeTextOption(c, word) !== undefined || (PRINTS.has(c.program) && !word.startsWith('-'));
}
