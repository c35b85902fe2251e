import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/cli/sessions-protocol.ts
function bufferLogger(lines) {
  const add = (level) => (message, where) => void lines.push({ level, message, ...where ? { where } : {} });
  return { debug: add("debug"), info: add("info"), warning: add("warning"), error: add("error") };
}
function replayLogs(logger, lines) {
  for (const l of lines) {
    if (l.level === "debug" || l.level === "info" || l.where === void 0) logger[l.level](l.message);
    else logger[l.level](l.message, l.where);
  }
}

export {
  bufferLogger,
  replayLogs
};
