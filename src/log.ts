/**
 * The logger every stage receives. The core never imports @actions/core: main.ts adapts this
 * to the Actions runtime and the CLI adapts it to the terminal.
 */
import { redactSecrets } from './secrets/index.js';
import type { Logger } from './model/index.js';

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  error: () => {},
};

/**
 * Wraps a logger so every message and file name is redacted: logs are an outgoing channel too, and a
 * transcript may be named after a token or an error may quote one.
 */
export function redactingLogger(inner: Logger): Logger {
  const w = (where?: { file?: string; line?: number }) => (where?.file ? { ...where, file: redactSecrets(where.file) } : where);
  return {
    debug: (m) => inner.debug(redactSecrets(m)),
    info: (m) => inner.info(redactSecrets(m)),
    warning: (m, where) => inner.warning(redactSecrets(m), w(where)),
    error: (m, where) => inner.error(redactSecrets(m), w(where)),
  };
}

/** A logger for the CLI: info to stdout is left to the caller; diagnostics go to stderr. */
export function consoleLogger(opts: { verbose?: boolean } = {}): Logger {
  const where = (w?: { file?: string; line?: number }) => (w?.file ? ` (${w.file}${w.line ? `:${w.line}` : ''})` : '');
  return redactingLogger({
    debug: (m) => {
      if (opts.verbose) process.stderr.write(`debug: ${m}\n`);
    },
    info: (m) => process.stderr.write(`${m}\n`),
    warning: (m, w) => process.stderr.write(`warning: ${m}${where(w)}\n`),
    error: (m, w) => process.stderr.write(`error: ${m}${where(w)}\n`),
  });
}
