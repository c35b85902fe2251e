import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  ProvenanceIndex,
  assertNoNewSecrets,
  assertNoSecrets,
  dangerOf,
  dangerousContent,
  foldForChecks,
  redactEdit,
  redactRejected,
  runGuards,
  unicodeRefusal
} from "./chunk-DKDX3HPO.js";
import {
  indexEvidence,
  unsafePathReason
} from "./chunk-I32QNXRJ.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-WPRNBTAO.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-Z6C7UFYJ.js";
import "./chunk-X6M2KEEO.js";
import "./chunk-7OVR6L5L.js";
export {
  ProvenanceIndex,
  assertNoNewSecrets,
  assertNoSecrets,
  dangerOf,
  dangerousContent,
  foldForChecks,
  indexEvidence,
  redactEdit,
  redactRejected,
  runGuards,
  unicodeRefusal,
  unsafePathReason
};
