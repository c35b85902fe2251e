import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  redactSecrets
} from "./chunk-MEBIEL22.js";

// src/log.ts
var silentLogger = {
  debug: () => {
  },
  info: () => {
  },
  warning: () => {
  },
  error: () => {
  }
};
function redactingLogger(inner) {
  const w = (where) => where?.file ? { ...where, file: redactSecrets(where.file) } : where;
  return {
    debug: (m) => inner.debug(redactSecrets(m)),
    info: (m) => inner.info(redactSecrets(m)),
    warning: (m, where) => inner.warning(redactSecrets(m), w(where)),
    error: (m, where) => inner.error(redactSecrets(m), w(where))
  };
}
function consoleLogger(opts = {}) {
  const where = (w) => w?.file ? ` (${w.file}${w.line ? `:${w.line}` : ""})` : "";
  return redactingLogger({
    debug: (m) => {
      if (opts.verbose) process.stderr.write(`debug: ${m}
`);
    },
    info: (m) => process.stderr.write(`${m}
`),
    warning: (m, w) => process.stderr.write(`warning: ${m}${where(w)}
`),
    error: (m, w) => process.stderr.write(`error: ${m}${where(w)}
`)
  });
}

export {
  silentLogger,
  redactingLogger,
  consoleLogger
};
