/**
 * Cursor's calls that SpecStory writes as text, with no "Tool use:" header or `<tool-use>` element: a read as
 * "Read file: src/app.ts", a read that failed as "Could not find file src/x.ts in the workspace.", a listing or a
 * search as a `<details>` block whose summary names it ("Listed directory src • **5** results") and whose body is
 * the result table. In the old layout every Cursor call but the terminal's is written so, and the v2.1 layout still
 * writes a failed read, a failed search ("Search failed: rg: … (exit 2, root: …)") and a read Cursor refused
 * ("Model tried to read X, but was prevented due to globalignore") this way.
 *
 * Markdown has no escaping, so the reply could print the same words. What makes them a call is the export's
 * structure: a paragraph of its own made of such lines and nothing else, each line whole, or a `<details>` block
 * opening a paragraph with a known summary and closed by `</details>`. A marker inside a sentence, or a paragraph
 * mixing one with the reply's words, stays prose.
 */

/** A call the export wrote as text, with what it says the outcome was. */
export interface TextCall {
  name: string;
  /** The file, folder or query the call acted on, when the text names one. */
  subject?: string;
  line: number;
  /** What the call gave back: a listing's table, a failure's words; '' for a read whose content the export left out. */
  result?: { text: string; line: number; failed: boolean };
  /** Refused before it ran (Cursor's globalIgnore), so it has no result. */
  denied?: true;
}

/** A line the reader should handle as it would any text of the turn, or a call found in the text. */
export type TextItem = { text: string; line: number; call?: undefined } | { call: TextCall };

interface Held {
  text: string;
  line: number;
}

/** Whole lines that stand for one call, with the call they stand for. */
const LINE_CALLS: { re: RegExp; call: (m: RegExpExecArray, line: string) => Omit<TextCall, 'line'> }[] = [
  { re: /^Read file: (\S.*?)\s*$/, call: (m) => ({ name: 'read_file', subject: m[1]!, result: ok('') }) },
  {
    re: /^Could not find file '?(\S.*?)'? in the workspace\.\s*$/,
    call: (m, line) => ({ name: 'read_file', subject: m[1]!, result: failed(line) }),
  },
  {
    re: /^Could not resolve URI: Error: Unable to resolve nonexistent file '(.+)'\s*$/,
    call: (m, line) => ({ name: 'list_dir', subject: m[1]!, result: failed(line) }),
  },
  {
    // "(read file)", "(codebase search)": the tool by its name in words.
    re: /^Tool call timed out after \d+m?s \(([a-z][a-z ]{1,40})\)\s*$/,
    call: (m, line) => ({ name: m[1]!.trim().replace(/ /g, '_'), result: failed(line) }),
  },
  { re: /^Cannot edit files blocked by globalIgnore\s*$/, call: () => ({ name: 'edit_file', denied: true }) },
  {
    re: /^Model tried to read (\S.*?), but was prevented due to globalignore\s*$/i,
    call: (m) => ({ name: 'read_file', subject: m[1]!, denied: true }),
  },
  {
    // Cursor's grep runs ripgrep; its error ends with rg's exit code and the folder searched, which prose never
    // does. "Error calling tool:" is the same failure as the tool itself words it.
    re: /^(?:Search failed|Error calling tool): \S.* \(exit \d+, root: \S.*\)\s*$/,
    call: (_m, line) => ({ name: 'grep', result: failed(line) }),
  },
];

/** `<summary>` lines of the `<details>` blocks that are calls, the table below them being the result. */
const SUMMARY_CALLS: { re: RegExp; name: string }[] = [
  { re: /^Listed directory (\S.*?) • \*\*\d+\*\* results?$/, name: 'list_dir' },
  { re: /^Listed current directory() • \*\*\d+\*\* results?$/, name: 'list_dir' },
  { re: /^Searched codebase "(.*)" • \*\*\d+\*\* results?$/, name: 'codebase_search' },
  { re: /^Grep search for "(.*)" • \*\*\d+\*\* (?:files?|results?)$/, name: 'grep_search' },
  { re: /^Searched web "(.*)" • \*\*\d+\*\* results?$/, name: 'web_search' },
];

const SUMMARY = /^\s*<summary>(.*)<\/summary>\s*$/;
const RULE = /^---\s*$/;

function ok(text: string): { text: string; line: number; failed: boolean } {
  return { text, line: 0, failed: false };
}
function failed(text: string): { text: string; line: number; failed: boolean } {
  return { text: text.trim(), line: 0, failed: true };
}

function lineCall(text: string, line: number): TextCall | undefined {
  for (const { re, call } of LINE_CALLS) {
    const m = re.exec(text);
    if (!m) continue;
    const c = call(m, text);
    return { ...c, line, ...(c.result ? { result: { ...c.result, line } } : {}) };
  }
  return undefined;
}

/**
 * Fed the text lines of one Cursor agent turn, outside fences, in order. A paragraph that may be calls is held
 * until it ends; then it comes back as calls, or as the lines it was when it turns out to be prose.
 */
export class CursorTextCalls {
  private held: Held[] = [];
  private mode: 'none' | 'lines' | 'details' = 'none';
  /** A new paragraph starts with the next line: the turn's start, a blank line, a "---" rule, a fence. */
  private atStart = true;

  feed(text: string, line: number): TextItem[] {
    const blank = !text.trim() || RULE.test(text);
    if (this.mode === 'details') {
      // A rule never sits inside the block: what was held was prose.
      if (RULE.test(text)) {
        const out = this.asProse();
        this.atStart = true;
        return [...out, { text, line }];
      }
      this.held.push({ text, line });
      return /^\s*<\/details>\s*$/.test(text) ? this.endDetails() : [];
    }
    if (blank) {
      const out = this.end();
      this.atStart = true;
      return [...out, { text, line }];
    }
    if (this.mode === 'lines') {
      if (lineCall(text, line)) {
        this.held.push({ text, line });
        return [];
      }
      // A paragraph that mixes the markers with other words is the reply's text.
      return [...this.asProse(), { text, line }];
    }
    if (this.atStart && lineCall(text, line)) {
      this.mode = 'lines';
      this.held.push({ text, line });
      return [];
    }
    if (this.atStart && /^<details>\s*$/.test(text)) {
      this.mode = 'details';
      this.held.push({ text, line });
      return [];
    }
    this.atStart = false;
    return [{ text, line }];
  }

  /** The paragraph ends here (a fence, a call, the turn's end): what was held, settled. */
  end(): TextItem[] {
    const out = this.mode === 'lines' ? this.held.map((h) => ({ call: lineCall(h.text, h.line)! })) : this.asProse();
    this.reset();
    this.atStart = true;
    return out;
  }

  private endDetails(): TextItem[] {
    // held: "<details>", the summary, the result's lines, "</details>".
    const summary = this.held.slice(1).find((h) => h.text.trim());
    const s = summary ? SUMMARY.exec(summary.text) : null;
    const known = s ? SUMMARY_CALLS.find((c) => c.re.test(s[1]!.trim())) : undefined;
    if (!summary || !s || !known) return this.asProse();
    const subject = known.re.exec(s[1]!.trim())![1]!;
    const body = this.held.slice(this.held.indexOf(summary) + 1, -1);
    const call: TextCall = {
      name: known.name,
      ...(subject ? { subject } : {}),
      line: this.held[0]!.line,
      result: {
        text: body
          .map((h) => h.text)
          .join('\n')
          .trim(),
        line: body[0]?.line ?? summary.line,
        failed: false,
      },
    };
    this.reset();
    this.atStart = true;
    return [{ call }];
  }

  private asProse(): TextItem[] {
    const out = this.held.map((h) => ({ text: h.text, line: h.line }));
    const heldAny = out.length > 0;
    this.reset();
    if (heldAny) this.atStart = false;
    return out;
  }

  private reset(): void {
    this.held = [];
    this.mode = 'none';
  }
}
