export { findSecrets, redactSecrets, shannonEntropy, type SecretFinding } from './redact.js';
export { SECRET_RULES, ENTROPY_RULE_ID, type SecretRule } from './rules.js';
