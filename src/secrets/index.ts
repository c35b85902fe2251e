export { findSecrets, redactSecrets, shannonEntropy, type SecretFinding } from './redact.js';
export { SECRET_RULES, ENTROPY_RULE_ID, isPlaceholder, type SecretRule } from './rules.js';
export { isSecretKey, redactJsonValue, redactKeyedString, SECRET_FIELD_RULE_ID, type RedactJsonOptions } from './keyed.js';
