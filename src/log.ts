/**
 * The logger every stage receives. The core never imports @actions/core: main.ts adapts this
 * to the Actions runtime and the CLI adapts it to the terminal.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, where?: { file?: string; line?: number }): void;
  error(message: string, where?: { file?: string; line?: number }): void;
}

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  error: () => {},
};

/** A logger for the CLI: info to stdout is left to the caller; diagnostics go to stderr. */
export function consoleLogger(opts: { verbose?: boolean } = {}): Logger {
  const where = (w?: { file?: string; line?: number }) =>
    w?.file ? ` (${w.file}${w.line ? `:${w.line}` : ''})` : '';
  return {
    debug: (m) => {
      if (opts.verbose) process.stderr.write(`debug: ${m}\n`);
    },
    info: (m) => process.stderr.write(`${m}\n`),
    warning: (m, w) => process.stderr.write(`warning: ${m}${where(w)}\n`),
    error: (m, w) => process.stderr.write(`error: ${m}${where(w)}\n`),
  };
}
