/**
 * What the sessions of a pass did with the things memory names: paths they read or wrote
 * successfully (so the path is alive, whatever the checkout says), and scripts or make targets that
 * ran, or failed because they do not exist. Staleness needs this proof from the sessions.
 *
 * Only what memory names is kept, one event per path and a few per script, so the tracker stays
 * bounded by the memory files however many sessions stream through it.
 */
import path from 'node:path';
import type { Evidence, MemoryFile, MemoryUse, Session, ToolCallEvent } from '../model/index.js';
import { commandMentions, pathMentions, scriptOf } from './memory-refs.js';
import { parseCommand } from './command.js';
import { shellWords } from './shell-words.js';
import { evidenceFor } from './evidence.js';
import { PATH_FIELD, patchedFiles } from './tool-files.js';
import { escapeRegExp } from './normalize.js';

/** Sessions cited per missing script: enough to prove it, bounded. */
const MAX_MISSING_EVIDENCE = 5;

/** Shell programs whose success shows a path exists: they read it, list it or write into it. */
const TOUCHING_PROGRAMS = new Set([
  'cat',
  'head',
  'tail',
  'less',
  'more',
  'bat',
  'nl',
  'wc',
  'ls',
  'stat',
  'file',
  'tree',
  'du',
  'sed',
  'awk',
  'grep',
  'rg',
  'ag',
  'find',
  'fd',
  'diff',
  'cp',
  'touch',
  'tee',
  'code',
  'vim',
  'vi',
  'nano',
  'emacs',
]);

/**
 * The classes of "this script/target does not exist" across npm, pnpm, yarn, bun and make: a
 * missing/unknown/not-found marker next to script, command, target or rule.
 */
const MISSING =
  /\b(?:missing|unknown|no\s+such|no|couldn['\u2019]?t\s+find|could\s+not\s+find|can['\u2019]?t\s+find|cannot\s+find)\s+(?:a\s+)?(?:script|command|target|task|rule)\b|\b(?:script|command|target|task)\b[^\n]{0,60}?\b(?:not\s+found|missing|does\s+not\s+exist|doesn['\u2019]t\s+exist|unknown)\b/i;

/** The line of `text` saying that `name` does not exist, if any. */
export function missingScriptLine(text: string, name: string): string | undefined {
  const named = new RegExp(`(?:["'\`\u2018\u201c]${escapeRegExp(name)}["'\`\u2019\u201d]|:\\s*${escapeRegExp(name)}(?=$|[\\s.,;]))`);
  return text
    .split(/\r?\n/)
    .find((l) => MISSING.test(l) && named.test(l))
    ?.trim();
}

export type { MemoryUse };

export const emptyMemoryUse = (): MemoryUse => ({ touched: new Map(), missing: new Map(), ran: new Set() });

export const runnableKey = (kind: 'script' | 'make', name: string): string => `${kind}:${name}`;

const trimSlash = (p: string) => p.replace(/\/+$/, '');

/**
 * Memory is the same for every file of a pass, and a tracker is made per file: parse what memory names
 * once per memory (as mine.ts does for its mentions), not once per file: 0.2 ms a file with two memory
 * files of 21 entries (the incremental bench), 0.25 s of a pass over 1,100 new files.
 */
const names = new WeakMap<readonly MemoryFile[], { paths: string[]; runnables: ReadonlySet<string> }>();

function memoryNames(memory: readonly MemoryFile[]): { paths: string[]; runnables: ReadonlySet<string> } {
  let found = names.get(memory);
  if (found) return found;
  const paths = new Set<string>();
  for (const f of memory) for (const e of f.entries) for (const p of pathMentions(e)) paths.add(trimSlash(p));
  const runnables = new Set<string>();
  for (const m of commandMentions(memory)) {
    const s = scriptOf(m.shape);
    if (s) runnables.add(runnableKey(s.kind, s.name));
  }
  found = { paths: [...paths], runnables };
  names.set(memory, found);
  return found;
}

export class MemoryUseTracker {
  private readonly paths: readonly string[];
  private readonly runnables: ReadonlySet<string>;
  private readonly touched = new Map<string, Evidence>();
  private readonly missing = new Map<string, Evidence[]>();
  private readonly ran = new Set<string>();

  constructor(memory: readonly MemoryFile[]) {
    ({ paths: this.paths, runnables: this.runnables } = memoryNames(memory));
  }

  observe(session: Session): void {
    if (this.paths.length === 0 && this.runnables.size === 0) return;
    const calls = new Map<string, ToolCallEvent>();
    let last: ToolCallEvent | undefined;
    for (const e of session.events) {
      if (e.kind === 'tool_call') {
        if (e.callId) calls.set(e.callId, e);
        last = e;
        continue;
      }
      if (e.kind !== 'tool_result' || e.cascade) continue;
      const call = e.callId ? calls.get(e.callId) : last;
      if (!call) continue;
      if (e.ok) {
        for (const p of this.pathsTouchedBy(call, session.cwd)) if (!this.touched.has(p)) this.touched.set(p, evidenceFor(session, call));
      }
      // Only a script memory names is looked for: with none, no command need be parsed (a tenth of mining).
      if (this.runnables.size === 0) continue;
      const shape = call.command ? parseCommand(call.command) : undefined;
      const s = shape ? scriptOf(shape) : undefined;
      const key = s && runnableKey(s.kind, s.name);
      if (!s || !key || !this.runnables.has(key)) continue;
      if (e.ok) {
        this.ran.add(key);
        continue;
      }
      const line = missingScriptLine(e.text, s.name);
      const list = this.missing.get(key) ?? [];
      if (!line || list.length >= MAX_MISSING_EVIDENCE || list.some((x) => x.session === session.id)) continue;
      list.push(evidenceFor(session, e, line));
      this.missing.set(key, list);
    }
  }

  /**
   * Adds what another tracker saw in sessions read after this one's (a worker's file, a shard's):
   * the same as observing those sessions here, in that order.
   */
  merge(u: MemoryUse): void {
    for (const [p, ev] of u.touched) if (!this.touched.has(p)) this.touched.set(p, ev);
    for (const k of u.ran) this.ran.add(k);
    for (const [key, evs] of u.missing) {
      const list = this.missing.get(key) ?? [];
      for (const ev of evs) if (list.length < MAX_MISSING_EVIDENCE && !list.some((x) => x.session === ev.session)) list.push(ev);
      if (list.length) this.missing.set(key, list);
    }
  }

  result(): MemoryUse {
    return { touched: new Map(this.touched), missing: new Map(this.missing), ran: new Set(this.ran) };
  }

  private pathsTouchedBy(call: ToolCallEvent, cwd: string | undefined): string[] {
    // Only paths memory names are returned: with none, the call's words and input need not be read.
    if (this.paths.length === 0) return [];
    const named: string[] = [];
    if (call.command) {
      // Each segment of `cd api && cat src/a.ts | head` on its own; `rm` and `git rm` prove nothing alive.
      for (const segment of call.command.split(/&&|\|\||[;|\n]/)) {
        const words = shellWords(segment.trim());
        if (TOUCHING_PROGRAMS.has(path.posix.basename(words[0] ?? ''))) named.push(...words.slice(1).filter((w) => !w.startsWith('-')));
      }
    } else if (call.input && typeof call.input === 'object') {
      for (const [k, v] of Object.entries(call.input as Record<string, unknown>))
        if (typeof v === 'string' && PATH_FIELD.test(k)) named.push(v);
    }
    // A patch that deletes a file proves nothing alive, as `rm` does not.
    for (const f of patchedFiles(call.input)) if (f.op !== 'Delete') named.push(f.path);
    if (named.length === 0) return [];
    const root = cwd ? trimSlash(cwd.replace(/\\/g, '/')) : undefined;
    const out: string[] = [];
    for (const raw of named) {
      let t = trimSlash(raw.replace(/\\/g, '/').replace(/^\.\//, ''));
      if (root && t.startsWith(`${root}/`)) t = t.slice(root.length + 1);
      for (const p of this.paths) {
        // Absolute paths without a known cwd match on a folder boundary: `/home/x/app/api/src/routes/a.ts`.
        if (t === p || t.startsWith(`${p}/`) || t.endsWith(`/${p}`) || t.includes(`/${p}/`)) out.push(p);
      }
    }
    return out;
  }
}
