/**
 * Passwords in URL userinfo, in every form: `scheme://user:pw@host`, `redis://:pw@host` (no user),
 * an email address as the user (`smtp://alerts@example.com:pw@smtp.example.com`), and passwords that
 * hold `/` or `@` (unencoded, as people paste them). The authority is read up to the **last** `@`
 * before whitespace, so `@` and `/` inside the password stay in it; the password is what follows the
 * first `:` of the user part. Only the password is redacted: scheme, user and host stay readable.
 * Each `://` reads at most MAX_SPAN characters ahead, so the scan is linear.
 */
import { isPlaceholder } from './rules.js';

const URL_PASSWORD_RULE_ID = 'url-password';
const MAX_SPAN = 320;

function endsSpan(c: number): boolean {
  // Whitespace, quotes, angle brackets and backticks end a URL in prose, JSON, shell and markdown.
  return c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e || c === 0x60;
}

function isHostStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5b;
}

export function findUrlPasswords(text: string, out: { rule: string; start: number; end: number }[] = []): typeof out {
  let from = 0;
  for (;;) {
    const sep = text.indexOf('://', from);
    if (sep < 0) return out;
    const s = sep + 3;
    from = s;
    // The scheme must be a word right before "://".
    if (sep === 0 || !/[A-Za-z0-9+.-]/.test(text[sep - 1]!)) continue;
    let e = s;
    let lastAt = -1;
    while (e < text.length && e - s < MAX_SPAN) {
      const c = text.charCodeAt(e);
      if (endsSpan(c)) break;
      if (c === 0x3a && text.startsWith('//', e + 1)) break; // the next URL starts here
      if (c === 0x40 && e + 1 < text.length && isHostStart(text.charCodeAt(e + 1))) lastAt = e;
      e++;
    }
    if (lastAt < 0) continue;
    const colon = text.indexOf(':', s);
    if (colon < 0 || colon >= lastAt) continue;
    // A '/' before the ':' means the '@' sits in a path (`https://host/a:b@c`), not in userinfo.
    const slash = text.indexOf('/', s);
    if (slash >= 0 && slash < colon) continue;
    const password = text.slice(colon + 1, lastAt);
    // host:port/path@x is a port, not a password.
    if (/^\d{1,5}(?:\/|$)/.test(password) || password.length === 0 || isPlaceholder(password)) continue;
    out.push({ rule: URL_PASSWORD_RULE_ID, start: colon + 1, end: lastAt });
    from = lastAt;
  }
}
