/**
 * A pure function's results remembered by argument, the memo emptied whole when it holds `limit`: the stages meet
 * the same keys, texts and programs over and over (a tool call's `command`, a memory entry against every lesson), and
 * emptying when full keeps memory bounded whatever the input. Here, not in one stage, so that every stage bounds its
 * memos the same way; model/ imports nothing, so any stage may use it.
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V, kept: (key: K) => K = (key) => key): (key: K) => V {
  const memo = new Map<K, V>();
  return (key: K): V => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      // `kept`: what the memo holds of a key it adds, and computes from (see parseCommands: a copy of a string cut
      // from a whole document, which the cut string and every slice of it would otherwise keep alive).
      const own = kept(key);
      value = compute(own);
      memo.set(own, value);
    }
    return value;
  };
}
