/**
 * A text cut into pieces for a file writer, no piece ending inside a surrogate pair. Node's writeFile
 * encodes a string into one Buffer of its whole length before it writes; given pieces (any iterable),
 * it encodes one piece at a time. The ledger a reduce of 100,000 sessions writes is 15 MB, and that
 * one Buffer was 15 MB more RSS at the end of the pass, where its peak is. Here, not in one stage,
 * because the CLI, the dream branch and the state branch all write the ledger; model/ imports nothing.
 */
const TEXT_CHUNK_CHARS = 1 << 20;

export function* textChunks(text: string, size: number = TEXT_CHUNK_CHARS): Generator<string> {
  // Two at least, so that a piece that gives its last character to the next one still holds one.
  const step = Math.max(2, Math.floor(size));
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + step, text.length);
    // A high surrogate last would be encoded alone (as U+FFFD) and its low half likewise: keep the pair together.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    yield text.slice(start, end);
    start = end;
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
