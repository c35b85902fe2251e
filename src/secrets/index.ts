export { findSecrets, findTableSecrets, hasVendorRun, narrowPreset, redactSecrets, shannonEntropy, type SecretFinding } from './redact.js';
export { redactBatch } from './batch.js';
export { findAssignments, keyStrength, keyWords, ASSIGNMENT_RULE_ID } from './assignments.js';
export { findUrlPasswords, URL_PASSWORD_RULE_ID } from './url-userinfo.js';
export { secretlintBatch, secretlintFindings, SECRETLINT_RULE_COUNT, SECRETLINT_RULE_IDS, type PresetScope } from './secretlint.js';
export { SECRET_RULES, ENTROPY_RULE_ID, isPlaceholder, type SecretRule } from './rules.js';
export { isSecretKey, redactJsonValue, redactKeyedString, SECRET_FIELD_RULE_ID, type RedactJsonOptions } from './keyed.js';
