/**
 * What one tool call did to which files, read from its structure alone: the program of each shell
 * segment and its arguments and redirections, or the file edit tools' own fields. Nothing the agent
 * or a tool printed counts, so a command quoted in prose or echoed in output is never an action.
 */
import path from 'node:path';
import type { ToolCallEvent } from '../model/index.js';
import { segments, shellWords, withoutHeredocBodies } from './shell-words.js';
import type { RuleAction } from './rule-prohibitions.js';
import { EDIT_TOOL, PATH_FIELD, patchedFiles } from './tool-files.js';

interface FileAction {
  action: Exclude<RuleAction, 'run'>;
  /** The path as the call named it, made absolute against a `cd` earlier on the same line. */
  path: string;
  /** A verbatim slice of the call's command (or the path for a structured tool), to quote as evidence. */
  quote: string;
}

export interface CallActions {
  files: FileAction[];
  /** The shell segments the call ran, verbatim, each as a list of words. */
  commands: { segment: string; words: string[] }[];
}

const WRAPPERS = new Set(['sudo', 'env', 'time', 'nohup', 'command', 'exec']);
const DELETERS = new Set(['rm', 'rmdir', 'unlink', 'shred', 'trash']);
const WRITERS = new Set(['tee', 'touch', 'truncate']);
const READERS = new Set(['cat', 'less', 'more', 'head', 'tail', 'bat', 'nl', 'wc']);
const SEARCHERS = new Set(['grep', 'egrep', 'fgrep', 'rg', 'ag']);

/** Reading and deleting tools by name (writing ones: EDIT_TOOL): Claude Code, Codex, Gemini, Cursor and OpenHands spellings. */
const READ_TOOL = /^(?:Read|read_file|view_file|open_file|View)$/i;
const DELETE_TOOL = /^(?:Delete|delete_file|DeleteFile|remove_file)$/i;
/** A redirection outside quotes: `> file`, `>>file`, `2> log`, `&> out`, and `< in` for reading. */
const REDIRECT = /(?:^|\s)(\d?>>?|&>>?|<(?!<))\s*([^\s;&|<>'"]+)/g;

const unquoted = (segment: string) => segment.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, ' ');

function resolve(p: string, cwd: string | undefined): string {
  if (!cwd || p.startsWith('/') || p.startsWith('~') || p.startsWith('$')) return p;
  return path.posix.join(cwd, p);
}

/** The files one shell segment acts on, by its program's known argument roles. */
function segmentActions(words: string[]): { action: FileAction['action']; path: string }[] {
  let w = words;
  while (w.length && (/^[A-Za-z_]\w*=/.test(w[0] ?? '') || WRAPPERS.has(w[0] ?? ''))) w = w.slice(1);
  const program = path.posix.basename(w[0] ?? '');
  const rest = w.slice(1);
  // A heredoc's `<<EOF` is left after the redirections are gone: it names no file.
  const positional = rest.filter((x) => !x.startsWith('-') && !x.startsWith('<'));
  const flags = rest.filter((x) => x.startsWith('-'));
  const all = (action: FileAction['action'], list: string[]) => list.map((p) => ({ action, path: p }));
  if (DELETERS.has(program)) return all('delete', positional);
  if (program === 'git' && positional[0] === 'rm') return all('delete', positional.slice(1));
  if (WRITERS.has(program) || program === 'mv') return all('modify', positional);
  if (program === 'cp') return all('modify', positional.slice(-1));
  if (program === 'sed' && flags.some((f) => /^(?:-i|--in-place)/.test(f) || /^-[a-z]*i/.test(f))) {
    // The script is the first positional unless -e or -f gave it.
    const scripted = flags.some((f) => /^-[a-z]*[ef]$|^--(?:expression|file)/.test(f));
    return all('modify', scripted ? positional : positional.slice(1));
  }
  if (READERS.has(program)) return all('read', positional);
  if (SEARCHERS.has(program) || program === 'jq') {
    const patterned = flags.some((f) => /^-[a-z]*[ef]$|^--(?:regexp|file)/.test(f));
    return all('read', patterned ? positional : positional.slice(1));
  }
  return [];
}

export function callActions(call: ToolCallEvent): CallActions {
  const out: CallActions = { files: [], commands: [] };
  const action = DELETE_TOOL.test(call.name)
    ? 'delete'
    : EDIT_TOOL.test(call.name)
      ? 'modify'
      : READ_TOOL.test(call.name)
        ? 'read'
        : undefined;
  // The editor tools carry a `command` field too (`view`, `create`): it is no shell line.
  if (call.command && !action) {
    let cwd: string | undefined;
    for (const segment of segments(withoutHeredocBodies(call.command).replace(/\\\n/g, ' '))) {
      const words = shellWords(unquoted(segment).includes('>') || segment.includes('<') ? segment.replace(REDIRECT, ' ') : segment);
      if ((words[0] === 'cd' || words[0] === 'pushd') && words.length === 2) {
        cwd = resolve(words[1] ?? '', cwd);
        continue;
      }
      out.commands.push({ segment, words });
      const found = segmentActions(words);
      for (const m of unquoted(segment).matchAll(REDIRECT)) {
        const target = m[2] ?? '';
        if (target === '/dev/null' || /^&?\d$/.test(target)) continue;
        found.push({ action: m[1] === '<' ? 'read' : 'modify', path: target });
      }
      for (const f of found) out.files.push({ ...f, path: resolve(f.path, cwd), quote: segment });
    }
    return out;
  }
  const input = call.input;
  for (const f of patchedFiles(input)) out.files.push({ action: f.op === 'Delete' ? 'delete' : 'modify', path: f.path, quote: f.path });
  if (out.files.length) return out;
  if (!action || !input || typeof input !== 'object') return out;
  const fields = input as Record<string, unknown>;
  // The multi-command editor (str_replace_based_edit_tool) says itself whether it viewed or wrote.
  const cmd = typeof fields.command === 'string' ? fields.command : undefined;
  const act = cmd === 'view' ? 'read' : action;
  for (const [k, v] of Object.entries(fields))
    if (typeof v === 'string' && PATH_FIELD.test(k)) out.files.push({ action: act, path: v, quote: v });
  return out;
}
