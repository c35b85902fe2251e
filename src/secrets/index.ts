export { findSecrets, findTableSecrets, hasVendorRun, MIN_SECRET_TEXT, narrowPreset, redactSecrets, shannonEntropy } from './redact.js';
export { redactBatch } from './batch.js';
export { secretlintBatch, secretlintFindings, SECRETLINT_RULE_COUNT, type PresetScope } from './secretlint.js';
export { SECRET_RULES, ENTROPY_RULE_ID } from './rules.js';
export { isSecretKey, keyMatters, keySeesValue, redactJsonValue, redactKeyedString } from './keyed.js';
