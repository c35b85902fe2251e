/**
 * A rule memory states that agents broke with no one objecting (signals/mine-broken-rules.ts): their
 * own tool calls did what the rule forbids, in several sessions. The rule is there and was not
 * enough, so it is marked IMPORTANT on its own line, like a rule the user keeps correcting agents
 * against (strengthen.ts), and the hook that would enforce it is named when one target makes it plain.
 */
import type { Edit, MemoryFile, Pattern } from '../../model/index.js';
import { clip, parseProhibition } from '../../signals/index.js';
import { fromPattern, makeEdit, supportText } from './build.js';
import { markedImportant } from './strengthen.js';

const DOING = { delete: 'deleting', modify: 'modifying', read: 'reading', run: 'running' } as const;

/** The IMPORTANT mark for a `broken|ENTRY|LINE` pattern, or undefined when the line cannot take it. */
export function brokenRuleEdit(p: Pattern, memory: readonly MemoryFile[]): Edit | undefined {
  const [, entryId, index] = p.signature.split('|');
  const file = memory.find((f) => f.entries.some((e) => e.id === entryId));
  const entry = file?.entries.find((e) => e.id === entryId);
  const lines = entry?.text.split('\n') ?? [];
  const at = Number(index);
  const line = lines[at];
  const rule = line === undefined ? undefined : parseProhibition(line);
  const marked = line === undefined ? undefined : markedImportant(line);
  if (!file || !entry || !rule || marked === undefined) return undefined;
  const after = lines.map((l, i) => (i === at ? marked : l)).join('\n');
  const [only] = rule.targets.length === 1 ? rule.targets : [];
  const doing = [...rule.actions].map((a) => DOING[a]).join(' or ');
  const hook =
    only?.kind === 'command'
      ? ` A PreToolUse hook that blocks \`${only.text}\` would enforce it rather than remind.`
      : only?.kind === 'path'
        ? ` A PreToolUse hook that blocks ${doing} ${only.glob || /\.\w+$/.test(only.path) ? `\`${only.path}\`` : `anything under \`${only.path}/\``} would enforce it rather than remind.`
        : '';
  const quote = p.signals.find((s) => s.evidence[0])?.evidence[0]?.quote ?? '';
  return makeEdit({
    op: 'update',
    file: file.path,
    entryId: entry.id,
    before: entry.text,
    after,
    rationale: `Memory already says this (${file.path}:${entry.startLine + at}), yet agents broke it in ${supportText(p)} and no one objected (\`${clip(quote, 100)}\`): marked IMPORTANT.${hook}`,
    ...fromPattern(p),
  });
}
