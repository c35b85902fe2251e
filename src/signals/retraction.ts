/**
 * A rule the user takes back is no rule: "Use pnpm, not npm. Actually no, keep npm.", "always use absolute imports.
 * just kidding", "never run X" followed by a message "hmm, ignore what I said about X". The class is a self-repair
 * marker (scratch that, never mind, on second thought, I meant, just kidding, actually no, forget it): what comes
 * before it in the turn is withdrawn, what comes after it stands ("Scratch that. Always use absolute imports." states
 * the rule it ends on). A message that opens with one withdraws what the previous message asked. Cutting only ever
 * drops words, so a marker read where none was meant costs a missed lesson, never a wrong one.
 */

/**
 * A self-repair marker that takes back whatever came before it. A topic dismissed ("never mind the lockfile") counts
 * too: the cut only drops words.
 */
const TAKE_BACK = String.raw`(?:just\s+kidding|j/?k|kidding|scratch\s+that|strike\s+that|(?:forget|ignore|disregard)\s+(?:it|that|this|all\s+that|(?:what|everything)\s+i\s+(?:just\s+)?(?:said|wrote|asked)(?:\s+about\s+[^,.;!?\n]{1,60})?|my\s+last\s+(?:message|point|sentence|request|bit)|the\s+last\s+(?:bit|part|message|point))|(?:never\s*mind|nvm)(?:\s+(?:the\s+last\s+(?:bit|part)|that|it))?|on\s+second\s+thoughts?|oh\s+wait|i\s+take\s+(?:it|that)\s+back)`;
/** "Actually no", "I meant": a repair of the words just before; opening a message it rejects the agent's work instead. */
const REPAIR = String.raw`(?:(?:actually|wait|hmm+|oh),?\s+no|(?:sorry,?\s+)?i\s+meant(?!\s+(?:it|that|every|what)\b))`;
/**
 * Saying one was joking takes back the joke, in any language the miners read: "nah I'm joking, yarn is fine", "just
 * messing with you", "je rigole", "es broma", "war nur ein Witz", "é brincadeira", "шучу", "开玩笑的", "冗談です",
 * "농담이야". Said with a negation it means the opposite ("I'm not joking", "no es broma", "не шучу", "冗談じゃない"),
 * so a negation before it, or after it in Japanese and Korean, makes it no marker.
 */
const JOKING = String.raw`(?:(?<!(?:\bnot|\bno|n'?t|\bnão|не)\s+)(?:joking|messing\s+with\s+(?:you|u)|pulling\s+your\s+leg|(?:just|only)\s+a\s+joke|je\s+(?:rigole|plaisante|blague|d[ée]conne)|c'?est\s+(?:une\s+)?blague|(?:es|era|fue)\s+(?:(?:una|de)\s+)?broma|(?:estoy|estaba)\s+bromeando|(?:nur|war\s+(?:nur\s+)?(?:ein\s+)?)(?:spa(?:ß|ss)|witz|scherz)|(?:é|era|foi)\s+(?:só\s+)?(?:uma\s+)?brincadeira|(?:tô|to|estou|estava)\s+brincando|шучу|(?:это\s+)?(?:была\s+)?шутка))`;
/** The same in scripts written without spaces, where no word boundary stands around it. */
const JOKING_UNSPACED = String.raw`(?<!不是|没有|没|别)开(?:个|了个)?玩笑(?:的|啦|呢)?|冗談(?!じゃ|では)|なんてね|농담(?!\s*(?:아니|아냐|이\s*아니))`;
const MARKERS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_'’])(?:${TAKE_BACK}|${REPAIR}|${JOKING})(?![\p{L}\p{N}_'’])|${JOKING_UNSPACED}`,
  'giu',
);
/** What may open a message before its marker: a hesitation or an apology. */
const OPENS = new RegExp(
  String.raw`^[\s\W]*(?:(?:hmm+|oh|ok(?:ay)?|actually|sorry|wait|well|um+|uh+|ah)[,.!…]*\s+)*${TAKE_BACK}(?![\w'’])`,
  'i',
);

/** The text after the last self-repair marker, or the whole text when there is none. */
export function afterRetraction(text: string): string {
  let end = -1;
  // "Never mind" also makes what follows it about the moment ("never mind, stop here"): it is kept, and the miners'
  // transient words (corrections.ts) read it so.
  for (const m of text.matchAll(MARKERS)) end = /^never\s*mind/i.test(m[0]) ? m.index : m.index + m[0].length;
  if (end === 0) return text;
  return end < 0 ? text : text.slice(end).replace(/^[\s,.;:!?…—–-]+/, '');
}

/** Whether a message opens by taking back what the user said before it. */
export const retractsEarlier = (text: string): boolean => OPENS.test(text);
