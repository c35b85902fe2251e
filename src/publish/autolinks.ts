/**
 * What GitHub turns into a link, a ping or a cross-reference in text it renders, broken with a
 * zero-width space so the words stay readable but do nothing: @mentions (a user or team is notified),
 * #123 / GH-123 / owner/repo#123 (the issue gets a "referenced" event, and in a commit a closing
 * keyword closes it), scheme:// and www. (autolinked, so a tracking URL becomes clickable). Applies to
 * markdown (escapeText, body.ts) and to plain text GitHub renders the same way: commit messages.
 */
export function breakAutolinks(s: string): string {
  return s
    .replace(/@(?=[A-Za-z0-9-])/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/\b(GH)-(?=\d)/gi, '$1\u200b-')
    .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1\u200b:')
    .replace(/\b(www)\./gi, '$1\u200b.');
}
