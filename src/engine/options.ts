/** The defaults every engine applies when settings leave an option out. */
import type { DreamOptions } from '../model/index.js';

export const defaultDreamOptions: DreamOptions = {
  minSupport: 2,
  maxEdits: 20,
  budget: { maxLines: 200, maxBytes: 25 * 1024 },
  maxDeleteShare: 0.25,
  maxEntryBytes: 600,
};
