import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  ProvenanceIndex,
  assertNoNewSecrets,
  assertNoSecrets,
  citesUnverifiedTurn,
  dangerOf,
  dangerousContent,
  foldForChecks,
  markUnverifiedEvidence,
  redactEdit,
  redactRejected,
  restsOnUnverifiedTurns,
  runGuards,
  unicodeRefusal
} from "./chunk-EARSCXUI.js";
import {
  indexEvidence,
  unsafePathReason
} from "./chunk-BMXKEMOX.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-S5HYDHBM.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-IDPNA3CW.js";
import "./chunk-WIOEOUEH.js";
import "./chunk-7OVR6L5L.js";
export {
  ProvenanceIndex,
  assertNoNewSecrets,
  assertNoSecrets,
  citesUnverifiedTurn,
  dangerOf,
  dangerousContent,
  foldForChecks,
  indexEvidence,
  markUnverifiedEvidence,
  redactEdit,
  redactRejected,
  restsOnUnverifiedTurns,
  runGuards,
  unicodeRefusal,
  unsafePathReason
};
