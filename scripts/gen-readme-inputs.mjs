// Generates the README's inputs and outputs tables from action.yml, between
// <!-- inputs:start --> and <!-- inputs:end -->. `--check` exits 1 when README.md is stale,
// so CI catches an input added to action.yml but not to the docs. Usage:
//   node scripts/gen-readme-inputs.mjs [--check] [--root DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- inputs:start -->';
const END = '<!-- inputs:end -->';

const cell = (s) =>
  String(s ?? '')
    .trim()
    .replace(/\r?\n/g, ' ')
    .replace(/\|/g, '\\|');

export function renderTables(action) {
  const lines = ['### Inputs', '', '| input | description | default |', '| --- | --- | --- |'];
  for (const [name, i] of Object.entries(action.inputs ?? {})) {
    // A multi-line default (one glob per line) shows one code span per line.
    const def = String(i.default ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => `\`${cell(l)}\``)
      .join('<br>');
    lines.push(`| \`${name}\` | ${cell(i.description)} | ${def} |`);
  }
  lines.push('', '### Outputs', '', '| output | description |', '| --- | --- |');
  for (const [name, o] of Object.entries(action.outputs ?? {})) lines.push(`| \`${name}\` | ${cell(o.description)} |`);
  return lines.join('\n');
}

export function replaceBlock(readme, tables) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} ... ${END} block`);
  return `${readme.slice(0, a + START.length)}\n${tables}\n${readme.slice(b)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  // --root DIR: another checkout (tests use a temp copy instead of the real README).
  const rootAt = process.argv.indexOf('--root');
  const root = rootAt > 0 ? path.resolve(process.argv[rootAt + 1] ?? '.') : defaultRoot;
  const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  let next;
  try {
    next = replaceBlock(readme, renderTables(action));
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  if (check) {
    if (next !== readme) {
      console.error('README.md inputs table is stale: run node scripts/gen-readme-inputs.mjs');
      process.exit(1);
    }
    console.log('README.md inputs table is up to date');
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log('README.md inputs table updated');
  } else {
    console.log('README.md inputs table already up to date');
  }
}
