import type { Edit, Evidence, MemoryFile } from '../../src/model/index.js';
import { parseMemoryFile } from '../../src/memory/parse.js';

const ev: Evidence[] = [{ session: 's1', file: 'sessions/a.jsonl', line: 3, quote: 'some quote' }];

let n = 0;
export function edit(partial: Partial<Edit> & Pick<Edit, 'op' | 'file'>): Edit {
  return { id: partial.id ?? `e${String(++n).padStart(3, '0')}`, rationale: 'because', evidence: ev, ...partial };
}

export const opts = { budget: { maxLines: 200, maxBytes: 25 * 1024 }, maxDeleteShare: 0.25, maxEntryBytes: 600 };

export function file(path: string, text: string): MemoryFile {
  return parseMemoryFile(path, text);
}

export const entryId = (f: MemoryFile, contains: string): string => {
  const e = f.entries.find((x) => x.text.includes(contains));
  if (!e) throw new Error(`no entry containing ${contains} in ${f.path}`);
  return e.id;
};
