/** The Actions runtime as the entry uses it: the one module that adapts @actions/core. */
import * as core from '@actions/core';
import type { Logger } from '../model/index.js';

/** Tests pass a recording runtime, the Action the real one. */
export interface ActionRuntime {
  logger: Logger;
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  writeSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
  /** An annotation on the run (core.notice); optional, so recording runtimes may leave it out. */
  notice?(message: string): void;
}

export function coreRuntime(env: NodeJS.ProcessEnv = process.env): ActionRuntime {
  const props = (w?: { file?: string; line?: number }) => (w?.file ? { file: w.file, ...(w.line ? { startLine: w.line } : {}) } : {});
  return {
    logger: {
      debug: (m) => core.debug(m),
      info: (m) => core.info(m),
      warning: (m, w) => core.warning(m, props(w)),
      error: (m, w) => core.error(m, props(w)),
    },
    setSecret: (v) => core.setSecret(v),
    setOutput: (n, v) => core.setOutput(n, v),
    writeSummary: async (md) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(md, true).write();
    },
    setFailed: (m) => core.setFailed(m),
    notice: (m) => core.notice(m),
  };
}
