/**
 * Applies edits to memory files as minimal line changes. Every edit is either applied whole or
 * rejected with a reason; the result does not depend on the order the edits arrive in.
 */
import type { FileChange, Edit, EditOp, MemoryEntry, MemoryFile, RejectedEdit } from '../model/index.js';
import { FilePlan, type Insertion } from './plan.js';
import { bulletLines, entryLines, nthMarker } from './bullets.js';
import { findSection } from './section.js';
import { countLines, isBlank } from '../memory/lines.js';
import { normaliseEntryText } from '../memory/normalise.js';
import { isPersonalMemory, kindForPath, readByForPath } from '../memory/kinds.js';
import { agentLimitCrossed, type LimitFile } from '../memory/limits.js';

export { unifiedDiff } from './diff.js';

export interface ApplyOptions {
  budget: { maxLines: number; maxBytes: number };
  maxDeleteShare: number;
  maxEntryBytes: number;
  /** Codex's `project_doc_max_bytes` in this repository (memory/codex-config.ts); its default when absent. */
  codexDocMaxBytes?: number;
}

export interface ApplyResult {
  changes: FileChange[];
  applied: Edit[];
  rejected: RejectedEdit[];
}

const OP_RANK: Record<EditOp, number> = { update: 0, merge: 1, delete: 2, move: 3, add: 4 };

/** JSON with sorted keys: two equal edits built in different key orders sort identically. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

class Rejection extends Error {}
const fail = (reason: string): never => {
  throw new Rejection(reason);
};

export function applyEdits(files: MemoryFile[], edits: Edit[], opts: ApplyOptions): ApplyResult {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const plans = new Map<string, FilePlan>();
  const resolve = (p: string): string => byPath.get(p)?.redirectTo ?? p;
  const plan = (p: string): FilePlan => {
    let pl = plans.get(p);
    if (!pl) {
      const f = byPath.get(p);
      pl = new FilePlan(p, f?.text ?? '', !f);
      plans.set(p, pl);
    }
    return pl;
  };

  /**
   * Every memory file as it stands and as this edit's copies (`work`) would leave it: an agent's limit may
   * span files (Codex reads a folder's AGENTS.md after those above it), so the untouched ones count too.
   */
  const limitFiles = (work: ReadonlyMap<string, FilePlan>): LimitFile[] => {
    const paths = new Set([...byPath.keys(), ...plans.keys(), ...work.keys()]);
    return [...paths].map((p) => {
      const f = byPath.get(p);
      const before = plans.get(p)?.render() ?? f?.text ?? '';
      const after = work.get(p)?.render() ?? before;
      return { path: p, kind: f?.kind ?? kindForPath(p), readBy: f?.readBy ?? readByForPath(p), before, after };
    });
  };

  /** Whether an agent with a limit (memory/limits.ts) reads the file: only then are the limits checked. */
  const limited = (p: string): boolean => (byPath.get(p)?.readBy ?? readByForPath(p)).some((a) => a === 'codex' || a === 'claude-code');

  const applied: Edit[] = [];
  const rejected: RejectedEdit[] = [];
  // An own key, and only a string: `in` converted an object op to a string (and threw on one that cannot
  // be converted) and answered true for inherited names such as "constructor".
  const isKnownOp = (op: unknown): boolean => typeof op === 'string' && Object.hasOwn(OP_RANK, op);
  const wellFormed = edits.filter((e) => {
    const ok = !!e && typeof e === 'object' && typeof e.file === 'string' && typeof e.id === 'string' && isKnownOp(e.op);
    if (!ok) rejected.push({ edit: e, reason: 'malformed edit: needs a string id and file and a known op', by: 'apply' });
    return ok;
  });
  const sorted = wellFormed
    .map((e) => ({ e, key: canonical(e), file: resolve(e.file) }))
    .sort((a, b) => cmp(a.file, b.file) || OP_RANK[a.e.op] - OP_RANK[b.e.op] || cmp(a.e.id, b.e.id) || cmp(a.key, b.key))
    .map((x) => x.e);

  const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

  const entryOf = (pl: FilePlan, id: string | undefined): MemoryEntry => {
    const e = id === undefined ? undefined : pl.byId.get(id);
    if (!e) return fail(`unknown entry ${id ?? '(none)'} in ${pl.path}`);
    if (pl.touched.has(e.id)) return fail(`entry ${e.id} in ${pl.path} is already changed by another edit in this pass`);
    if (pl.inComment(e.startLine, e.endLine))
      return fail(`entry ${e.id} in ${pl.path} lies inside an HTML comment: edits never touch hidden text`);
    return e;
  };
  const checkAfter = (edit: Edit, required: boolean): string | undefined => {
    const after = edit.after;
    if (after === undefined || isBlank(after)) return required ? fail(`${edit.op} has no after text`) : undefined;
    if (bytes(after) > opts.maxEntryBytes) fail(`entry is ${bytes(after)} bytes, above the ${opts.maxEntryBytes}-byte limit per entry`);
    return after;
  };
  const checkBefore = (edit: Edit, e: MemoryEntry) => {
    if (edit.before !== undefined && normaliseEntryText(edit.before) !== normaliseEntryText(e.text))
      fail(`stale before: entry ${e.id} in ${e.file} no longer reads as the edit expects`);
  };
  const checkDuplicate = (pl: FilePlan, after: string, except: ReadonlySet<string>) => {
    const norm = normaliseEntryText(after);
    const dup = pl.entries.find(
      (x) => x.kind !== 'heading' && !except.has(x.id) && !pl.touched.has(x.id) && normaliseEntryText(x.text) === norm,
    );
    if (dup || pl.added.has(norm)) fail(`duplicate of an existing entry${dup ? ` ${dup.id}` : ''} in ${pl.path}`);
  };
  const reserveRemovals = (pl: FilePlan, n: number) => {
    const total = pl.entries.filter((x) => x.kind !== 'heading').length;
    // Updates count too (see update), so a small file may still change one entry per pass.
    const allowed = Math.max(Math.min(1, total), Math.floor(opts.maxDeleteShare * total + 1e-9));
    if (pl.removals + n > allowed)
      fail(
        `would remove ${pl.removals + n} of ${total} entries in ${pl.path}, above the ${Math.round(opts.maxDeleteShare * 100)}% allowed per pass`,
      );
    pl.removals += n;
  };
  const notHeading = (e: MemoryEntry) => {
    if (e.kind === 'heading') fail(`entry ${e.id} is a heading: remove the entries under it instead`);
  };
  const addItem = (pl: FilePlan, section: readonly string[], after: string) => {
    checkDuplicate(pl, after, new Set());
    const s = findSection(pl, section);
    // Inserting between two lines of one comment would hide the entry from the rendered file.
    if (pl.comments.some(([a, b]) => a <= s.anchor + 1 && b >= s.anchor + 2))
      fail(`the place for this entry in ${pl.path} lies inside an HTML comment`);
    const k = pl.insertedCount(s.anchor, s.key) + (s.key.startsWith('e:') ? 1 : 0);
    const ins: Omit<Insertion, 'items'> = { key: s.key, blankBefore: s.blankBefore, lead: s.lead, style: s.style };
    pl.insert(s.anchor, ins, bulletLines(after, s.style, nthMarker(s.style, k)));
    pl.added.add(normaliseEntryText(after));
  };

  const step = (edit: Edit, pl: FilePlan, get: (p: string) => FilePlan): Edit => {
    const out: Edit = { ...edit, file: pl.path };
    switch (edit.op) {
      case 'add': {
        const after = checkAfter(edit, true)!;
        addItem(pl, edit.section ?? [], after);
        break;
      }
      case 'update': {
        const e = entryOf(pl, edit.entryId);
        checkBefore(edit, e);
        const after = checkAfter(edit, true)!;
        checkDuplicate(pl, after, new Set([e.id]));
        // A replaced text is a removed one: updates share the cap with deletes, or they would get around it.
        if (normaliseEntryText(after) !== normaliseEntryText(e.text)) reserveRemovals(pl, 1);
        pl.replaceEntry(e, entryLines(e, after));
        pl.touched.add(e.id);
        pl.added.add(normaliseEntryText(after));
        out.before ??= e.text;
        break;
      }
      case 'delete': {
        const e = entryOf(pl, edit.entryId);
        notHeading(e);
        checkBefore(edit, e);
        reserveRemovals(pl, 1);
        pl.removeEntry(e);
        pl.touched.add(e.id);
        out.before ??= e.text;
        // A delete writes nothing: an `after` it carried would only mislead the report's reader.
        delete out.after;
        break;
      }
      case 'merge': {
        const e = entryOf(pl, edit.entryId);
        checkBefore(edit, e);
        const after = checkAfter(edit, true)!;
        const ids = [...new Set(edit.mergedEntryIds ?? [])].filter((id) => id !== e.id);
        if (ids.length === 0) fail('merge names no other entries to fold in');
        const merged = ids.map((id) => entryOf(pl, id));
        merged.forEach(notHeading);
        checkDuplicate(pl, after, new Set([e.id, ...ids]));
        reserveRemovals(pl, merged.length + (normaliseEntryText(after) !== normaliseEntryText(e.text) ? 1 : 0));
        pl.replaceEntry(e, entryLines(e, after));
        pl.touched.add(e.id);
        pl.added.add(normaliseEntryText(after));
        for (const m of merged) {
          pl.removeEntry(m);
          pl.touched.add(m.id);
        }
        out.before ??= e.text;
        break;
      }
      case 'move': {
        const e = entryOf(pl, edit.entryId);
        notHeading(e);
        checkBefore(edit, e);
        if (!edit.toFile) fail('move has no destination file');
        const dest = get(resolve(edit.toFile!));
        if (dest.path === pl.path) fail(`move from ${pl.path} to itself`);
        if (isPersonalMemory(dest.path)) fail(`move into personal memory ${dest.path}`);
        const text = checkAfter(edit, false) ?? e.text;
        if (bytes(text) > opts.maxEntryBytes) fail(`entry is ${bytes(text)} bytes, above the ${opts.maxEntryBytes}-byte limit per entry`);
        reserveRemovals(pl, 1);
        pl.removeEntry(e);
        pl.touched.add(e.id);
        // The engine names where the entry belongs in the destination; its source heading path may not exist there.
        addItem(dest, edit.section ?? e.headingPath, text);
        out.toFile = dest.path;
        out.before ??= e.text;
        break;
      }
      default:
        fail(`unknown op ${String((edit as { op: unknown }).op)}`);
    }
    return out;
  };

  for (const edit of sorted) {
    const src = plan(resolve(edit.file));
    if (isPersonalMemory(src.path)) {
      rejected.push({ edit, reason: `${src.path} is personal memory and is never edited`, by: 'apply' });
      continue;
    }
    // Work on copies so a rejected edit leaves no trace, then check each touched file's budget.
    const work = new Map<string, FilePlan>();
    const get = (p: string): FilePlan => {
      let w = work.get(p);
      if (!w) {
        w = plan(p).clone();
        work.set(p, w);
      }
      return w;
    };
    try {
      const out = step(edit, get(src.path), get);
      for (const [p, w] of work) {
        const beforeText = plan(p).render();
        const afterText = w.render();
        const grows = countLines(afterText) > countLines(beforeText) || bytes(afterText) > bytes(beforeText);
        if (grows && (countLines(afterText) > opts.budget.maxLines || bytes(afterText) > opts.budget.maxBytes))
          fail(
            `${p} would grow to ${countLines(afterText)} lines / ${bytes(afterText)} bytes, over its budget of ${opts.budget.maxLines} lines / ${opts.budget.maxBytes} bytes`,
          );
      }
      const crossed = [...work.keys()].some(limited) ? agentLimitCrossed(limitFiles(work), opts.codexDocMaxBytes) : undefined;
      if (crossed) {
        rejected.push({ edit, reason: crossed, by: 'guard:agent-limits' });
        continue;
      }
      for (const [p, w] of work) plans.set(p, w);
      applied.push(out);
    } catch (err) {
      // Edits come from engines and LLMs: a malformed one is refused like any other, never thrown.
      const reason = err instanceof Rejection ? err.message : `malformed edit: ${(err as Error)?.message ?? String(err)}`;
      rejected.push({ edit, reason, by: 'apply' });
    }
  }

  const changes: FileChange[] = [];
  for (const p of [...plans.keys()].sort(cmp)) {
    const pl = plans.get(p)!;
    const after = pl.render();
    if (after !== pl.before) changes.push({ path: p, before: pl.before, after, created: pl.created });
  }
  return { changes, applied, rejected };
}
