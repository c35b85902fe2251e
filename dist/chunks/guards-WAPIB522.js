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
} from "./chunk-OLQHL4X2.js";
import {
  indexEvidence,
  unsafePathReason
} from "./chunk-FKYW7YYS.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-ONINBSDA.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-N7LIQ54H.js";
import "./chunk-B2YXOGSE.js";
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
