/**
 * Values a command was given that belong to one machine or one session, not to the project: a home folder
 * (`CHROME_BIN=/Users/ana/…`, `KUBECONFIG=C:\Users\ana\.kube\config`), a temporary folder made for the run
 * (`TMPDIR=/tmp/tmp.x8Kq2`, `/var/folders/…`), a secret already redacted (`SYNC_TOKEN=[REDACTED:…]`), a session's id
 * (a UUID). A lesson shows the command as it ran (a verbatim slice, so provenance can check it), so one carrying such
 * a value would tell every reader of memory to use this person's path, this run's folder or a secret nobody can read
 * back: no lesson is worded from it. Project settings stay (`DJANGO_SETTINGS_MODULE=shop.settings.dev`,
 * `DATABASE_URL=postgres://localhost/shop_dev`, `PYTHONPATH=src`, `TMPDIR=/tmp`).
 * Only assignments are read (`VAR=value`, `--flag=value`): lessonCommand already stops at the first path argument.
 */
import { shellWords } from './command.js';

const HOME =
  /^(?:~(?:[\\/]|$)|\$\{?HOME\b|%USERPROFILE%|%APPDATA%|\/home\/[^/\s]+|\/Users\/[^/\s]+|\/root(?:\/|$)|[A-Za-z]:[\\/]Users[\\/])/i;
/** A folder made for one run inside the temporary folder (the folder itself, `/tmp`, is the same everywhere). */
const TEMP = /^(?:\/tmp\/\S|\/var\/tmp\/\S|\/(?:private\/)?var\/folders\/|\$\{?TMPDIR\}?[\\/]\S|%TEMP%|[A-Za-z]:[\\/].*[\\/]Temp[\\/])/i;
const REDACTED = /\[REDACTED\b/;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;

function machineValue(value: string): boolean {
  if (REDACTED.test(value) || UUID.test(value)) return true;
  // A search path lists several (`PATH=/home/ana/.local/bin:$PATH`): any of them may be the person's.
  return [value, ...value.split(/[:;]/)].some((part) => HOME.test(part) || TEMP.test(part));
}

/** Does this command (as a lesson would show it) set a variable or option to a value of one machine or session? */
export function setsMachineValue(command: string): boolean {
  for (const w of shellWords(command)) {
    const eq = w.indexOf('=');
    if (eq <= 0 || !/^(?:--?[\w-]+|[A-Za-z_]\w*)$/.test(w.slice(0, eq))) continue;
    if (machineValue(w.slice(eq + 1).replace(/^["']|["']$/g, ''))) return true;
  }
  return false;
}
