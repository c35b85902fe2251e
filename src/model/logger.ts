/** The logger every stage receives: the core never imports @actions/core (see src/log.ts). */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, where?: { file?: string; line?: number }): void;
  error(message: string, where?: { file?: string; line?: number }): void;
}
