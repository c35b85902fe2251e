/**
 * A pure function's results remembered by argument, the memo emptied whole when it holds `limit`: the stages meet
 * the same keys, texts and programs over and over (a tool call's `command`, a memory entry against every lesson), and
 * emptying when full keeps memory bounded whatever the input. Here, not in one stage, so that every stage bounds its
 * memos the same way; model/ imports nothing, so any stage may use it.
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key: K): V => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}
