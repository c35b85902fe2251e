/**
 * Swearing says how strongly, never what: "NO BLOODY NPM", "use fucking uv", "don't fucking push to main". Read as
 * typed, a swear word became the thing a correction named ("Use bun, not bloody.") or stayed inside the lesson
 * ("Don't fucking push to main."). A closed list, not a guess at tone, dropped where it stands: before another word
 * (an intensifier) or as "damn it" (an interjection). The user's words stay the quote. A swear standing alone
 * ("Damn.", "No fucking way.") is left as typed: it names nothing to use or avoid either way.
 */
const INTENSIFIER =
  /\b(?:fucking|fuckin'?|f\*+king|effing|freaking|freakin'?|frickin'?|friggin'?|bloody|goddamn(?:ed)?|damn(?:ed)?)\s+(?=\S)/gi;
const INTERJECTION = /,?\s*\b(?:god)?(?:damn\s+it|dammit)\b/gi;

/** The sentence with its swear words dropped (the same string when it has none). */
export function withoutSwearing(sentence: string): string {
  const calm = sentence.replace(INTERJECTION, '').replace(INTENSIFIER, '');
  // "Damn it, pnpm not npm": the comma that followed the interjection goes with it.
  return calm === sentence ? sentence : calm.replace(/^[\s,]+/, '');
}
