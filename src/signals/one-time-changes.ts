/**
 * Commands whose effect outlives the session on one machine and is done once, not each time: installing packages
 * by name (into an environment: `pip install pytest-mock`, `apt-get install libpq-dev`, `npm i -g pnpm`; or into
 * the manifest once and for all: `pnpm add zod`), and pointing a CLI at a machine-wide target or signing it in
 * (`docker context use default`, `kubectl config use-context`, `gcloud config set project`, `az login`,
 * `git config --global`). One of them ran and a failed command then worked: that fixed this machine, but
 * "Run Y before X" would make it a step of every run, and on another machine the package is there (or missing for a
 * reason of its own), and the context, project or account is someone else's. A benchmark harness's throwaway
 * environment (194 mini-swe-agent runs, one of which installed pytest-mock) is the sharpest case of it.
 * Installing what the project declares stays a step (`npm install`, `pip install -r requirements.txt`,
 * `pip install -e .`, `uv sync`): it follows the project as it changes.
 */
import type { CommandShape } from './command.js';

/** Program (and subcommand words) -> the verbs that install what their arguments name. */
const INSTALLERS: Record<string, RegExp> = {
  pip: /^install$/,
  pip3: /^install$/,
  pipx: /^install$/,
  'uv pip': /^install$/,
  'uv tool': /^install$/,
  uv: /^add$/,
  poetry: /^add$/,
  pdm: /^add$/,
  conda: /^install$/,
  mamba: /^install$/,
  micromamba: /^install$/,
  npm: /^(install|i|add)$/,
  pnpm: /^(install|i|add)$/,
  yarn: /^(add|global)$/,
  bun: /^(install|i|add)$/,
  'apt-get': /^install$/,
  apt: /^install$/,
  yum: /^install$/,
  dnf: /^install$/,
  apk: /^add$/,
  brew: /^install$/,
  port: /^install$/,
  gem: /^install$/,
  cargo: /^(install|add)$/,
  go: /^(install|get)$/,
  composer: /^require$/,
};

/** pip's options whose value is a file or folder of the project: what it installs is declared there. */
const DECLARED = /^(-r|--requirement|-e|--editable|-c|--constraint)$/;

/** A path, not a package: `.`, `../shared`, `./dist/x.whl`, `src/pkg`; a scoped npm name or a module path is a package. */
function pathLike(arg: string): boolean {
  if (/^[.~/]/.test(arg) || /\.(whl|tar\.gz|tgz|zip|txt)$/i.test(arg)) return true;
  return arg.includes('/') && !arg.includes('://') && !arg.includes('@') && !/^[\w-]+\.[\w.-]+\//.test(arg);
}

function installsByName(shape: CommandShape): boolean {
  // The verb is the last subcommand word of a known group, or else the first argument (`apt-get install x`).
  const groups = [shape.sub.length > 1 ? `${shape.program} ${shape.sub[0]}` : undefined, shape.program];
  for (const group of groups) {
    const verbs = group && INSTALLERS[group];
    if (!verbs) continue;
    const fromSub = shape.sub.length > 0;
    const verb = fromSub ? shape.sub[shape.sub.length - 1] : shape.args[0];
    if (!verb || !verbs.test(verb)) return false;
    if (shape.flags.some((f) => DECLARED.test(f))) return false;
    const named = fromSub ? shape.args : shape.args.slice(1);
    // Composer names every package vendor/name: only a leading `.`, `/` or `~` is a path there.
    return named.some((a) => (group === 'composer' ? !/^[.~/]/.test(a) : !pathLike(a)));
  }
  return false;
}

/** Switches or sign-ins of a CLI's machine-wide target, by program and leading subcommand words. */
const MACHINE_TARGETS = [
  'docker context use',
  'docker login',
  'kubectl config use-context',
  'kubectl config set-context',
  'gcloud config set',
  'gcloud config configurations activate',
  'gcloud auth',
  'az account set',
  'az login',
  'aws configure',
  'aws sso login',
  'gh auth',
  'npm login',
  'npm adduser',
];

function switchesMachineTarget(shape: CommandShape): boolean {
  const words = [shape.program, ...shape.sub].join(' ');
  if (MACHINE_TARGETS.some((t) => words === t || words.startsWith(`${t} `))) return true;
  // `git config --global user.email …`: the person's settings on this machine, not the repository's.
  return words === 'git config' && shape.flags.some((f) => f === '--global' || f === '--system');
}

/** Does this command make a change of the machine (or a manifest) that is done once, never a step before another? */
export function changesOnce(shape: CommandShape): boolean {
  return installsByName(shape) || switchesMachineTarget(shape);
}
