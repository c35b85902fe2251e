/**
 * Typed faults of the hosted Dreams bridge. Each message says what happened and what to do,
 * because these reach a workflow log that the user reads without the code at hand.
 */
export class DreamsError extends Error {
  override readonly name: string = 'DreamsError';
}

/** Bad configuration: instructions too long, a memory over 100 KB, more sessions than allowed. */
export class DreamsConfigError extends DreamsError {
  override readonly name = 'DreamsConfigError';
}

/** 403/404 on a dreams endpoint: the account lacks the research preview. */
export class DreamsAccessError extends DreamsError {
  override readonly name = 'DreamsAccessError';
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(
      `Anthropic Dreams returned ${status} (${detail}). The Dreams API is a research preview: the account ` +
        `(or workspace) behind this API key needs access to it, and requests must send the beta header ` +
        `"anthropic-beta: dreaming-2026-04-21". Ask Anthropic for Dreams access, or use engine "offline" or "claude".`,
    );
  }
}

/** 409 conflict_error: another dream holds the memory store. */
export class DreamsConflictError extends DreamsError {
  override readonly name = 'DreamsConflictError';
  constructor(
    readonly storeId: string | undefined,
    detail: string,
  ) {
    super(
      `Memory store ${storeId ?? '(unknown)'} is held by another dream (409 conflict_error: ${detail}). ` +
        `Wait for that dream to end or cancel it, then run again.`,
    );
  }
}

export class DreamFailedError extends DreamsError {
  override readonly name = 'DreamFailedError';
  constructor(
    readonly dreamId: string,
    readonly errorType: string,
    readonly errorMessage: string,
  ) {
    super(`Dream ${dreamId} failed (${errorType}): ${errorMessage}`);
  }
}

export class DreamCanceledError extends DreamsError {
  override readonly name = 'DreamCanceledError';
  constructor(readonly dreamId: string) {
    super(`Dream ${dreamId} was canceled before it completed (by someone else, or from the Console); no edits were read.`);
  }
}

export class DreamTimeoutError extends DreamsError {
  override readonly name = 'DreamTimeoutError';
  constructor(
    readonly dreamId: string,
    readonly timeoutMs: number,
    readonly canceled: boolean,
  ) {
    super(
      `Dream ${dreamId} did not finish within ${Math.round(timeoutMs / 1000)} s; ` +
        (canceled ? 'it was canceled.' : 'canceling it failed, cancel it by hand.') +
        ' Raise the timeout or dream over fewer sessions.',
    );
  }
}
