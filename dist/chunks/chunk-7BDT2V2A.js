import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/managed-agents/errors.ts
var DreamsError = class extends Error {
  name = "DreamsError";
};
var DreamsConfigError = class extends DreamsError {
  name = "DreamsConfigError";
};
var DreamsAccessError = class extends DreamsError {
  constructor(status, detail) {
    super(
      `Anthropic Dreams returned ${status} (${detail}). The Dreams API is a research preview: the account (or workspace) behind this API key needs access to it, and requests must send the beta header "anthropic-beta: dreaming-2026-04-21". Ask Anthropic for Dreams access, or use engine "offline" or "claude".`
    );
    this.status = status;
  }
  status;
  name = "DreamsAccessError";
};
var DreamsConflictError = class extends DreamsError {
  constructor(storeId, detail) {
    super(
      `Memory store ${storeId ?? "(unknown)"} is held by another dream (409 conflict_error: ${detail}). Wait for that dream to end or cancel it, then run again.`
    );
    this.storeId = storeId;
  }
  storeId;
  name = "DreamsConflictError";
};
var DreamFailedError = class extends DreamsError {
  constructor(dreamId, errorType, errorMessage) {
    super(`Dream ${dreamId} failed (${errorType}): ${errorMessage}`);
    this.dreamId = dreamId;
    this.errorType = errorType;
    this.errorMessage = errorMessage;
  }
  dreamId;
  errorType;
  errorMessage;
  name = "DreamFailedError";
};
var DreamCanceledError = class extends DreamsError {
  constructor(dreamId) {
    super(`Dream ${dreamId} was canceled before it completed (by someone else, or from the Console); no edits were read.`);
    this.dreamId = dreamId;
  }
  dreamId;
  name = "DreamCanceledError";
};
var DreamTimeoutError = class extends DreamsError {
  constructor(dreamId, timeoutMs, canceled) {
    super(
      `Dream ${dreamId} did not finish within ${Math.round(timeoutMs / 1e3)} s; ` + (canceled ? "it was canceled." : "canceling it failed, cancel it by hand.") + " Raise the timeout or dream over fewer sessions."
    );
    this.dreamId = dreamId;
    this.timeoutMs = timeoutMs;
    this.canceled = canceled;
  }
  dreamId;
  timeoutMs;
  canceled;
  name = "DreamTimeoutError";
};

export {
  DreamsError,
  DreamsConfigError,
  DreamsAccessError,
  DreamsConflictError,
  DreamFailedError,
  DreamCanceledError,
  DreamTimeoutError
};
