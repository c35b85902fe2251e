/**
 * "How past lessons are doing": the efficacy of adopted lessons as a table and a Mermaid chart of
 * episodes per 100 sessions before and after each adoption (GitHub renders Mermaid, so no image is
 * hosted). Shared by the PR body, the job summary and `dream efficacy`. Entry text came from memory
 * the reviewer merged, but is escaped like everything else a PR shows.
 */
import type { LessonEfficacy } from '../model/index.js';
// One escaper for all untrusted text a PR shows: the evidence quotes here are transcript text.
import { cell, escapeText, WITHHELD } from './inert.js';

/** Lessons listed; the rest are counted (the chart stays legible). */
const MAX_LISTED_LESSONS = 20;

/** Per 100 sessions that met the lesson's situation (LessonEfficacy's `exposed`), as the verdict counts them. */
const per100 = (w: { exposed: number; episodes: number }): number =>
  w.exposed === 0 ? 0 : Math.round((1000 * w.episodes) / w.exposed) / 10;

const short = (s: string, n = 90): string => {
  const one = s
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

const LABEL: Record<LessonEfficacy['verdict'], string> = {
  worse: '🔴 made things worse',
  recurring: '🟠 recurring',
  held: '🟢 held',
  unobserved: '⚪ unobserved',
  'too-early': '⏳ too early',
};

/** The chart: one bar per lesson before adoption, a line after; lessons are L1, L2... as in the table. */
function efficacyChart(list: readonly LessonEfficacy[]): string {
  const shown = list.slice(0, MAX_LISTED_LESSONS);
  const before = shown.map((l) => per100(l.before));
  const after = shown.map((l) => per100(l.after));
  const top = Math.max(1, ...before, ...after);
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Episodes per 100 sessions that met the lesson: before adoption (bars), after (line)"',
    `  x-axis [${shown.map((_, i) => `"L${i + 1}"`).join(', ')}]`,
    `  y-axis "episodes per 100 sessions" 0 --> ${Math.ceil(top * 1.1)}`,
    `  bar [${before.join(', ')}]`,
    `  line [${after.join(', ')}]`,
    '```',
  ].join('\n');
}

export function efficacySection(list: readonly LessonEfficacy[], heading = '###'): string {
  if (list.length === 0) return '';
  const shown = list.slice(0, MAX_LISTED_LESSONS);
  const lines = [
    `${heading} How past lessons are doing`,
    '',
    '| | verdict | lesson | adopted | before | after | per 100 sessions that met it |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  shown.forEach((l, i) => {
    lines.push(
      `| L${i + 1} | ${LABEL[l.verdict]} | ${cell(short(l.entry))} (\`${cell(l.file)}\`) | ${l.adoptedAt.slice(0, 10)} \`${l.adoptedIn.slice(0, 7)}\` | ` +
        `${l.before.episodes} in ${l.before.exposed} of ${l.before.sessions} | ${l.after.episodes} in ${l.after.exposed} of ${l.after.sessions} | ${per100(l.before)} → ${per100(l.after)} |`,
    );
  });
  if (list.length > shown.length) lines.push('', `_${list.length - shown.length} more lesson(s) not listed._`);
  lines.push('', efficacyChart(shown));
  // Every verdict with its counts: a held lesson with how often chance alone would do as well, a fall too
  // small to say it helped, as plainly as one that needs a reviewer's eyes.
  const notes = shown.flatMap((l, i) => {
    if (l.verdict !== 'worse' && l.verdict !== 'recurring') return [`- **L${i + 1}** ${escapeText(l.why)}`];
    // An episode's quote of a turn no one can attribute to the person is counted by its place, never shown in words.
    const ev = (l.evidence ?? []).map((e) => `  - \`${cell(e.file)}:${e.line}\` ${e.unverified ? WITHHELD : cell(short(e.quote, 120))}`);
    const hint = l.suggestion ? [`  - Suggestion (not applied; hooks and settings are yours to adopt): ${escapeText(l.suggestion)}`] : [];
    return [`- **L${i + 1}** ${escapeText(l.why)}`, ...ev, ...hint];
  });
  if (notes.length) lines.push('', ...notes);
  return lines.join('\n');
}
