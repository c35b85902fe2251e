// Third-party notices for the bundles, from esbuild's metafiles: every package that contributed a
// module, with its version, license field and license text. Deterministic (sorted, no dates) so
// check-dist can compare a rebuild with the committed copy.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** `node_modules/@scope/name/lib/x.js` -> `node_modules/@scope/name` (the innermost package). */
export function packageRootOf(input) {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const scoped = parts[at + 1].startsWith('@');
  if (scoped && at + 2 >= parts.length) return undefined;
  return parts.slice(0, at + (scoped ? 3 : 2)).join('/');
}

const LICENSE_FILE = /^(licen[sc]e|copying|notice)(\.(md|txt|markdown))?$/i;

async function licenseTexts(root) {
  const names = (await readdir(root)).filter((n) => LICENSE_FILE.test(n)).sort();
  return Promise.all(names.map(async (n) => ({ name: n, text: (await readFile(path.join(root, n), 'utf8')).trim() })));
}

export async function collectPackages(metafiles) {
  const roots = new Set();
  for (const m of metafiles) {
    for (const input of Object.keys(m.inputs)) {
      const root = packageRootOf(input);
      if (root) roots.add(root);
    }
  }
  const byName = new Map();
  for (const root of roots) {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    // A nested copy of the same version adds nothing; another version is listed on its own.
    const key = `${pkg.name}@${pkg.version}`;
    if (byName.has(key)) continue;
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
    byName.set(key, { name: pkg.name, version: pkg.version, license, files: await licenseTexts(root) });
  }
  return [...byName.values()].sort((a, b) => (a.name === b.name ? (a.version < b.version ? -1 : 1) : a.name < b.name ? -1 : 1));
}

export async function writeNotices(metafiles, outfile) {
  const packages = await collectPackages(metafiles);
  const lines = [
    '# Third-party notices',
    '',
    'The bundles in dist/ (index.js, cli.js and its chunks) include the following packages. Their licenses follow.',
    '',
    '| package | version | license |',
    '| --- | --- | --- |',
    ...packages.map((p) => `| ${p.name} | ${p.version} | ${p.license} |`),
    '',
  ];
  for (const p of packages) {
    lines.push(`## ${p.name}@${p.version} (${p.license})`, '');
    if (p.files.length === 0) lines.push(`No license file is shipped with ${p.name}; its package.json declares ${p.license}.`, '');
    for (const f of p.files) lines.push('```', f.text, '```', '');
  }
  await writeFile(outfile, lines.join('\n'));
  return packages;
}
