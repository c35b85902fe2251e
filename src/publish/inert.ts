/**
 * Untrusted text as the PR body and the job summary write it: inert markdown (no HTML, mention, link or block
 * structure), in prose and in table cells, with its code spans kept as code where markdown reads them so.
 */
import { keepCodeSpans } from './code-spans.js';
import { breakAutolinks } from './autolinks.js';
import { UNFOUND_QUOTE_WORDS, UNFOUND_TEXT_WORDS, WITHHELD_WORDS } from '../model/index.js';

/** Words withheld (model/withheld.ts), as a page sets them apart from the text around them. */
export const WITHHELD = `_(${WITHHELD_WORDS})_`;
/** A refused edit's quote the evidence index found nowhere (model/withheld.ts). */
export const UNFOUND_QUOTE = `_(${UNFOUND_QUOTE_WORDS})_`;
/** A refused edit's text, none of whose quotes the evidence index found (model/withheld.ts). */
export const UNFOUND_TEXT = `_(${UNFOUND_TEXT_WORDS})_`;

/**
 * A table cell that keeps memory text's code spans as code (pipes escaped inside them, which GitHub
 * honours in a table), the rest escaped as untrusted text. A span the shortening cut open is closed
 * before the ellipsis.
 */
export function codeCell(s: string): string {
  let text = s;
  if ((text.match(/`/g) ?? []).length % 2 === 1) text = text.endsWith('…') ? `${text.slice(0, -1)}\`…` : `${text}\``;
  return keepCodeSpans(text, cell, (c) => c.replace(/\|/g, '\\|'));
}

/** Untrusted text outside a table: inert, with its code spans kept as code. */
export function prose(s: string): string {
  return keepCodeSpans(s, escapeText);
}

/**
 * Untrusted text in markdown renders inert: no HTML, no @mentions, no issue cross-references, no
 * headings or other block structure (line breaks become spaces), and no clickable link, image or bare
 * URL. A zero-width space after the scheme (or `www`) stops GitHub's autolinker, and one between `]`
 * and `(` or `:` stops a markdown link or image; the text still reads the same to the reviewer.
 */
export function escapeText(s: string): string {
  const html = s
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return breakAutolinks(html)
    .replace(/\](?=[(:[])/g, ']\u200b')
    .replace(/^(\s*)#/, '$1\\#');
}

export function cell(s: string): string {
  return escapeText(s).replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\r?\n/g, ' ');
}
