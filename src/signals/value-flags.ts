/**
 * Options that take the next word as their value (`pip install -r requirements.txt`, `git -C api status`,
 * `uv run --python 3.12 pytest`). Only a tool's grammar says which options take one (`pytest -c setup.cfg` does,
 * `pytest -x` does not), so this is a bounded table of the programs our rules know, plus long options whose name
 * is the noun of their value in every tool's grammar (`--config FILE`, `--manifest-path PATH`). A lesson quoting a
 * command must keep such an option's value (`pip install -r` alone does not run), and a runner read through must
 * skip it (`uv run --python 3.12 pytest` runs pytest, not 3.12).
 */

const MVN = ['-f', '--file', '-pl', '--projects', '-P', '--activate-profiles', '-s', '--settings'];
const GRADLE = ['-p', '--project-dir', '-b', '--build-file'];
const PIP = ['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-t', '--target'];

/** Per program: its options (and its subcommands' options) that take a value, as separate words. */
const BY_PROGRAM: Record<string, readonly string[]> = {
  pip: PIP,
  pip3: PIP,
  // -H/--host, -c/--context, -l/--log-level are docker's own options before its subcommand (`docker -H ssh://ci ps`).
  docker: [
    '-f',
    '--file',
    '-p',
    '--project-name',
    '--env-file',
    '--profile',
    '-w',
    '--workdir',
    '-e',
    '--env',
    '--network',
    '--name',
    '-H',
    '--host',
    '-c',
    '-l',
    '--log-level',
  ],
  'docker-compose': ['-f', '--file', '-p', '--project-name', '--env-file', '--profile'],
  npm: ['--prefix', '-w', '--workspace'],
  pnpm: ['-C', '--dir', '-F', '--filter'],
  yarn: ['--cwd'],
  cargo: ['-p', '--package', '--manifest-path', '--bin', '--features', '--target', '--target-dir'],
  make: ['-C', '--directory', '-f', '--file', '--makefile'],
  git: ['-C', '-c', '--git-dir', '--work-tree'],
  gh: ['-R', '--repo'],
  mvn: MVN,
  mvnw: MVN,
  gradle: GRADLE,
  gradlew: GRADLE,
  glab: ['-R', '--repo'],
  composer: ['-d', '--working-dir'],
  // The interpreter's own options before `-m` (`python -W ignore -m pytest`): warning filters and implementation options.
  python: ['-W', '-X'],
  pytest: [
    '-k',
    '-m',
    '-c',
    '-p',
    '--rootdir',
    '--confcutdir',
    '--tb',
    '--maxfail',
    '--color',
    '-o',
    '--override-ini',
    '--deselect',
    '--ignore',
    '--junitxml',
  ],
  // adb's own options before its subcommand: the device's serial or transport id, the server's host, port, socket.
  adb: ['-s', '-t', '-H', '-P', '-L'],
  kubectl: ['-n', '--namespace', '-f', '--filename', '--context', '--kubeconfig', '-l', '--selector', '-o', '--output'],
  uv: [
    '--python',
    '-p',
    '--with',
    '-w',
    '--with-editable',
    '--with-requirements',
    '--directory',
    '--project',
    '--package',
    '--extra',
    '--group',
    '--only-group',
    '--no-group',
    '--env-file',
    '--index',
    '--default-index',
    '--index-url',
    '--extra-index-url',
    '--find-links',
    '-f',
    '--python-preference',
    '--exclude-newer',
    '-r',
    '--requirement',
  ],
  poetry: ['-C', '--directory', '-P', '--project'],
  pdm: ['-p', '--project', '--venv'],
  bundle: ['--gemfile'],
  go: ['-C', '-run', '-tags', '-o', '-modfile'],
  tsc: ['-p', '--project'],
  jest: ['-c', '--config', '-t', '--testNamePattern', '--reporters', '--rootDir', '--selectProjects'],
  vitest: ['-c', '--config', '--project', '--root', '-r', '--dir', '-t', '--testNamePattern', '--reporter'],
  mocha: ['--config', '--reporter', '-R', '--require', '-g', '--grep'],
};

/** Long options that name their value in any tool (`--config FILE`): read as taking one whatever the program. */
const ANY_PROGRAM: readonly string[] = [
  '--config',
  '--config-file',
  '--file',
  '--project',
  '--prefix',
  '--manifest-path',
  '--rootdir',
  '--directory',
  '--dir',
  '--cwd',
  '--filter',
  '--context',
  '--namespace',
  '--env-file',
  '--workspace',
  '--settings',
];

const TABLE = new Map<string, ReadonlySet<string>>(Object.entries(BY_PROGRAM).map(([p, flags]) => [p, new Set(flags)]));
const ANY = new Set(ANY_PROGRAM);

/**
 * Does option `flag` take the next word as its value, for any of `programs` (a command's program and the runner or
 * program it was read through)? A `--flag=value` word carries its own value.
 */
export function takesValue(programs: readonly string[], flag: string): boolean {
  if (!flag.startsWith('-') || flag.includes('=')) return false;
  return ANY.has(flag) || programs.some((p) => TABLE.get(p)?.has(flag) === true);
}
