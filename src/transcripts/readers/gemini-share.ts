/**
 * Gemini CLI's `/chat share <file>.md`: the conversation's history (gemini-content.ts) rendered item by item, each
 * opened by `## USER 🧑‍💻` or `## MODEL ✨` (older versions put the icon first) and the items joined by a `---` rule
 * between blank lines. A part's text is written as it is; a call as `**Tool Command**:` and a fenced `json` block of
 * `{name, args}`; a tool's answer as `**Tool Response**:` and a block of `{id, name, response}`, in the user's role,
 * right after the calls it answers. Markers are glued to the text before them ("…exists.**Tool Command**:") and a
 * block's closing fence to what follows ("```**Tool Response**:"), as the serializer joins parts with nothing.
 *
 * A block's JSON cannot hold a raw line (strings escape their newlines), so a header is never looked for inside one.
 * The model's text is written raw: after it, a header may be one the model printed (GeminiContent's `forgeable`).
 */
import { SessionBuilder, fileSessionId } from '../builder.js';
import { readLines } from '../lines.js';
import { IgnoredTypes, unreadableLine, type ReaderContext } from './context.js';
import { GeminiContent, type ContentPart } from './gemini-content.js';
import { keptNumberedLines, type KeptRun, type NumberedLine } from './kept-lines.js';

/** An item's header, either order; the icon's joiner is optional (some copies lose it). */
export const GEMINI_SHARE_HEADER = /^(?:## (USER|MODEL) (?:🧑\u200d?💻|✨)|(?:🧑\u200d?💻|✨) ## (USER|MODEL))$/u;
const MARKER = /\*\*Tool (Command|Response)\*\*:$/;
const OPEN = /^```json\s*$/;

interface Item {
  role: string;
  line: number;
  /** Text lines since the last block, with their line numbers. */
  text: KeptRun<NumberedLine>;
  parts: ContentPart[];
}

export function readGeminiShare(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('gemini-cli', 'gemini-cli-share', ctx);
  b.id = fileSessionId(ctx.display);
  const ignored = new IgnoredTypes();
  const content = new GeminiContent(b, ctx.display, true, ignored);
  let item: Item | undefined;
  let block: { kind: string; line: number; json: string[] } | undefined;
  // A text line that ended with a marker, waiting for its block's opening fence on the next line.
  let marker: { kind: string; at: NumberedLine } | undefined;
  let prev1 = '';
  let prev2 = '';
  let started = false;

  const textPart = (it: Item): void => {
    it.text.trimEnd((l) => /^(?:---|\s*)$/.test(l.text));
    const lines = it.text.items();
    const text = lines
      .map((l) => l.text)
      .join('\n')
      .trim();
    const first = lines.find((l) => l.text.trim() !== '');
    if (text) it.parts.push({ value: { text }, ...(first ? { line: first.line } : {}) });
    it.text = keptNumberedLines();
  };
  const flush = (): void => {
    if (!item) return;
    textPart(item);
    content.item(item.role.toLowerCase(), item.parts, item.parts[0]?.line ?? item.line);
    item = undefined;
  };
  const closeBlock = (): void => {
    const open = block!;
    block = undefined;
    let value: unknown;
    try {
      value = JSON.parse(open.json.join('\n'));
    } catch {
      ctx.issue(open.line, `a **Tool ${open.kind}** block that is not JSON; skipped`);
      return;
    }
    const key = open.kind === 'Command' ? 'functionCall' : 'functionResponse';
    item?.parts.push({ value: { [key]: value }, line: open.line });
  };
  const textLine = (line: string, n: number): void => {
    if (!item) return;
    const at = { line: n, text: line };
    item.text.push(at);
    const m = MARKER.exec(line);
    marker = m ? { kind: m[1]!, at } : undefined;
  };

  for (const l of readLines(ctx.file, ctx.lineOpts)) {
    if (unreadableLine(ctx, l)) continue;
    const line = l.text.trimEnd();
    if (block) {
      if (line.startsWith('```')) {
        closeBlock();
        // What the serializer glued to the fence: the next part's text or marker.
        if (line.length > 3) textLine(line.slice(3), l.line);
      } else block.json.push(line);
    } else if (marker && item && OPEN.test(line)) {
      // The marker and the text before it: the marker opens a block, the text stays a part of its own.
      // The line is the last one pushed, so kept (kept-lines.ts keeps a block's tail): edited in place.
      marker.at.text = marker.at.text.replace(MARKER, '');
      const kind = marker.kind;
      marker = undefined;
      textPart(item);
      block = { kind, line: l.line, json: [] };
    } else {
      const header = GEMINI_SHARE_HEADER.exec(line);
      if (header && ((!started && prev1 === '') || (prev2 === '---' && prev1 === ''))) {
        flush();
        item = { role: header[1] ?? header[2]!, line: l.line, text: keptNumberedLines(), parts: [] };
        marker = undefined;
        started = true;
      } else textLine(line, l.line);
    }
    prev2 = prev1;
    prev1 = line;
  }
  if (block) ctx.issue(block.line, `a **Tool ${block.kind}** block with no closing fence: the lines after it were not read`);
  flush();
  ignored.report(ctx);
  return b.events.length > 0 ? [b] : [];
}
