/**
 * Override fixes. A retry can work because it changed what the command does (another flag, another
 * tool, a setup step: a lesson), or because it forced the same command past a check that refused it
 * (a hook, a confirmation prompt, the dependency resolver, .gitignore, TLS, root's permissions). The
 * second kind is never a lesson: memory that says "add --no-verify" teaches agents to defeat the checks
 * the team chose, and the refusal was the thing to learn from.
 *
 * A short flag means what its program says it means: `-f` forces `git push` and `rm` but names a file
 * for `tar`, `make` and `docker build`; `-n` skips the hooks of `git commit` but only silences `sed`;
 * `-D` force-deletes a git branch but is `--save-dev` to npm. So short flags count only for the
 * commands listed here. Long flags that say force, skip a check, allow what was refused or answer yes
 * to a prompt mean that whatever the program.
 */
import { type CommandShape } from './command.js';
import { shellWords } from './shell-words.js';

/** Long flags that force past a check for any program (`--force`, `--no-verify`, `--allow-empty`, `--yes`...). */
const OVERRIDE_LONG = new RegExp(
  '^--?(?:' +
    [
      'force(?!-colou?r|-exclude)[\\w-]*',
      'no-verify',
      'no-gpg-sign',
      'yes',
      'assume-yes',
      'no-?confirm',
      'auto-approve',
      'allow-[\\w-]+',
      'break-system-packages',
      'legacy-peer-deps',
      'unsafe-perm',
      'ignore-engines',
      'ignore-platform-reqs?',
      'ignore-installed',
      'ignore-scripts',
      'skip-?(?:checks?|hooks?|verify|verification|validation|tests?|lint|lib-?check)',
      'no-check-certificates?',
      'insecure',
      'trusted-host',
      'dangerously-[\\w-]+',
      'exit-zero',
      'pass-?with-?no-?tests',
      'continue-on-collection-errors',
      'no-sandbox',
      'privileged',
      'lock=false',
    ].join('|') +
    ')(?:=.*)?$',
  'i',
);

/**
 * Short flags (and the letter inside a cluster such as `-rf`) that force, by command family or
 * program. Only where that is the flag's meaning: elsewhere the same letter does something else.
 * A Map, as every table asked with a transcript's or memory's words: an object answers a name it lacks from
 * its prototype (`constructor`).
 */
const OVERRIDE_SHORT: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'git push': 'f',
    'git add': 'f',
    'git commit': 'n',
    'git clean': 'f',
    'git checkout': 'f',
    'git switch': 'f',
    'git branch': 'DMCf',
    'git tag': 'f',
    'git rm': 'f',
    'git mv': 'f',
    'git fetch': 'f',
    'git pull': 'f',
    'git worktree': 'f',
    'docker rm': 'f',
    'docker rmi': 'f',
    'docker system': 'f',
    'docker container': 'f',
    'docker image': 'f',
    'docker volume': 'f',
    'docker network': 'f',
    'docker builder': 'f',
    rm: 'f',
    cp: 'f',
    mv: 'f',
    ln: 'f',
    npm: 'f',
    pnpm: 'f',
    yarn: 'f',
    bun: 'f',
    'pip uninstall': 'y',
    'pip3 uninstall': 'y',
    apt: 'y',
    'apt-get': 'y',
    yum: 'y',
    dnf: 'y',
    zypper: 'y',
    conda: 'y',
    mamba: 'y',
    micromamba: 'y',
    ffmpeg: 'y',
    curl: 'k',
    make: 'i',
  }),
);

/** Programs whose options are single-dash words, so a flag is never a cluster of letters. */
const WORD_OPTIONS = new Set(['ffmpeg']);

/** Maven's `-DskipTests`, `-Dmaven.test.skip=true`, `-Dcheckstyle.skip`: properties that skip a check. */
const SKIP_PROPERTY = /^-D[\w.-]*skip[\w.-]*(?:=true)?$/i;

/**
 * Environment assignments that switch a check off: pre-commit's SKIP, husky's, TLS verification,
 * pip's guard on the system's packages.
 */
const OVERRIDE_ENV =
  /^(?:SKIP|HUSKY=0|HUSKY_SKIP_HOOKS|PRE_COMMIT_ALLOW_NO_CONFIG|NODE_TLS_REJECT_UNAUTHORIZED=0|GIT_SSL_NO_VERIFY|PYTHONHTTPSVERIFY=0|PIP_BREAK_SYSTEM_PACKAGES|CURL_INSECURE)(?:=|$)/;

/** The token a fix signature carries when the working retry ran as root and the failure did not. */
export const ROOT_TOKEN = 'as:root';

const ROOT_WRAPPER = /^(sudo|doas)$/;

/** The letters of the family's longest listed prefix: `docker volume rm` is listed as `docker volume`, `rm -f` as `rm`. */
function shortLetters(family: string): string | undefined {
  const words = family.split(' ');
  for (let n = words.length; n > 0; n--) {
    const letters = OVERRIDE_SHORT.get(words.slice(0, n).join(' '));
    if (letters !== undefined) return letters;
  }
  return undefined;
}

/**
 * git settings given for one run that switch a check off (`git -c core.hooksPath=/dev/null commit`, `-c
 * commit.gpgsign=false`, `-c http.sslVerify=false`), as command.ts carries them on the flag.
 */
const OVERRIDE_SETTING = /^-c=(?:core\.hookspath=|(?:commit|tag|push)\.gpgsign=(?:false|0|no|off)|http\.sslverify=(?:false|0|no|off))/i;

/** Does `flag`, given to a command of `family` (`git push`, `rm`), force it past a check? */
function isOverrideFlag(family: string, flag: string): boolean {
  if (OVERRIDE_LONG.test(flag)) return true;
  if (family.startsWith('git ') && OVERRIDE_SETTING.test(flag)) return true;
  const program = family.split(' ')[0] ?? '';
  if (program === 'mvn' && SKIP_PROPERTY.test(flag)) return true;
  const letters = shortLetters(family);
  if (!letters || !/^-[A-Za-z]+$/.test(flag)) return false;
  // ffmpeg's options are single-dash words (`-vsync`): only the flag itself counts there, not a letter of it.
  if (WORD_OPTIONS.has(program)) return flag.length === 2 && letters.includes(flag[1] ?? '');
  // Elsewhere a cluster of single letters (`-rf`, `-fdx`) holds the flag.
  return [...flag.slice(1)].some((c) => letters.includes(c));
}

/** Does this environment assignment (`SKIP=credo`, `HUSKY=0`) switch a check off? */
function isOverrideEnv(assignment: string): boolean {
  return OVERRIDE_ENV.test(assignment);
}

/** Does the command run as root through `sudo` or `doas` (which the shape drops as a wrapper)? */
export function runsAsRoot(shape: CommandShape): boolean {
  for (const w of shellWords(shape.segment, 8)) {
    if (ROOT_WRAPPER.test(w)) return true;
    if (w === shape.program || w.endsWith(`/${shape.program}`)) return false;
  }
  return false;
}

/** Is this structural token of a fix (`flag:--force`, `env:SKIP=credo`, `as:root`) an override of a check? */
export function isOverrideToken(family: string, token: string): boolean {
  if (token === ROOT_TOKEN) return true;
  if (token.startsWith('flag:')) return isOverrideFlag(family, token.slice(5));
  if (token.startsWith('env:')) return isOverrideEnv(token.slice(4));
  return false;
}

/** The first thing in `shape` that forces it past a check: an override flag, an override variable, or root. */
export function overrideOf(shape: CommandShape, family: string): string | undefined {
  return (
    shape.flags.find((f) => isOverrideFlag(family, f)) ??
    shape.env.find(isOverrideEnv) ??
    (runsAsRoot(shape) ? (shellWords(shape.segment, 1)[0] ?? 'sudo') : undefined)
  );
}

/** An override token as a reviewer reads it: the flag or variable itself, `sudo` for running as root. */
export function overrideText(token: string): string {
  return token === ROOT_TOKEN ? 'sudo' : token.slice(token.indexOf(':') + 1);
}

/**
 * The override a fix signature (`fix|FAMILY|-REMOVED|+ADDED`) added, or undefined when its fix changed
 * what the command does. Read from the signature because that is what a pattern keeps of its fixes.
 */
export function overrideFixToken(signature: string): string | undefined {
  if (!signature.startsWith('fix|')) return undefined;
  const family = signature.split('|')[1] ?? '';
  const added = signature.slice(signature.lastIndexOf('|+') + 2).split(',');
  return added.find((t) => isOverrideToken(family, t));
}
