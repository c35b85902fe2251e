/**
 * Values a command was given that belong to one machine or one session, not to the project: a home folder
 * (`CHROME_BIN=/Users/ana/…`, `KUBECONFIG=C:\Users\ana\.kube\config`), a temporary folder made for the run
 * (`TMPDIR=/tmp/tmp.x8Kq2`, `/var/folders/…`), a secret already redacted (`SYNC_TOKEN=[REDACTED:…]`), a session's id
 * (a UUID). A lesson shows the command as it ran (a verbatim slice, so provenance can check it), so one carrying such
 * a value would tell every reader of memory to use this person's path, this run's folder or a secret nobody can read
 * back: no lesson is worded from it. Project settings stay (`DJANGO_SETTINGS_MODULE=shop.settings.dev`,
 * `DATABASE_URL=postgres://localhost/shop_dev`, `PYTHONPATH=src`, `TMPDIR=/tmp`).
 * Assignments are read (`VAR=value`, `--flag=value`), and an option's value in the next word (`git -C /work/app
 * status`): lessonCommand keeps that value, where it otherwise stops at the first path argument. Such a value that
 * is an absolute path is this machine's folder as well (mostly the checkout itself, like an absolute `cd`): cut, it
 * was never shown, and shown it would send every reader there. An assignment's absolute path may be the same
 * everywhere (`--prefix=/opt/shop`, `TMPDIR=/tmp`).
 */
import { shellWords } from './shell-words.js';

const HOME =
  /^(?:~(?:[\\/]|$)|\$\{?HOME\b|%USERPROFILE%|%APPDATA%|\/home\/[^/\s]+|\/Users\/[^/\s]+|\/root(?:\/|$)|[A-Za-z]:[\\/]Users[\\/])/i;
/** A folder made for one run inside the temporary folder (the folder itself, `/tmp`, is the same everywhere). */
const TEMP = /^(?:\/tmp\/\S|\/var\/tmp\/\S|\/(?:private\/)?var\/folders\/|\$\{?TMPDIR\}?[\\/]\S|%TEMP%|[A-Za-z]:[\\/].*[\\/]Temp[\\/])/i;
const REDACTED = /\[REDACTED\b/;
const ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/]|\\\\)/;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;

/** Who commits is a person's setting (`git -c user.email=ana@x.org commit`), not the project's. */
const IDENTITY = /^user\.(?:name|email|signingkey)=/i;

function machineValue(value: string): boolean {
  if (REDACTED.test(value) || UUID.test(value) || IDENTITY.test(value)) return true;
  // A search path lists several (`PATH=/home/ana/.local/bin:$PATH`): any of them may be the person's.
  return [value, ...value.split(/[:;]/)].some((part) => HOME.test(part) || TEMP.test(part));
}

/** Does this command (as a lesson would show it) set a variable or option to a value of one machine or session? */
export function setsMachineValue(command: string): boolean {
  const words = shellWords(command);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const eq = w.indexOf('=');
    const name = eq > 0 ? w.slice(0, eq) : '';
    if (eq > 0 && /^(?:--?[\w-]+|[A-Za-z_]\w*)$/.test(name)) {
      const value = w.slice(eq + 1).replace(/^["']|["']$/g, '');
      if (machineValue(value)) return true;
    } else if (i > 0 && /^--?[\w-]+$/.test(words[i - 1] ?? '') && (machineValue(w) || ABSOLUTE.test(w))) {
      // A word after an option: the lesson kept it only as that option's value (a path argument ends it).
      return true;
    }
  }
  return false;
}
