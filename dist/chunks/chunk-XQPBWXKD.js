import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/config/values.ts
var INTEGER_SETTINGS = {
  "min-support": { min: 1 },
  "max-edits": { min: 0 },
  "min-new-sessions": { min: 0 },
  "dream-timeout-minutes": { min: 1, max: 1440 },
  "artifact-lookback-days": { min: 0 },
  "unobserved-days": { min: 1 }
};
var SettingValueError = class extends TypeError {
  name = "SettingValueError";
};
function describeBounds(b) {
  return b.max === void 0 ? `an integer \u2265 ${b.min}` : `an integer from ${b.min} to ${b.max}`;
}
function parseIntegerSetting(label, raw, bounds) {
  const text = raw.trim();
  const n = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < bounds.min || bounds.max !== void 0 && n > bounds.max) {
    throw new SettingValueError(`${label}: expected ${describeBounds(bounds)}, got "${raw}"`);
  }
  return n;
}

export {
  INTEGER_SETTINGS,
  parseIntegerSetting
};
