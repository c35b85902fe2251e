import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  ProvenanceIndex,
  assertNoNewSecrets,
  assertNoSecrets,
  citesUnverifiedTurn,
  dangerOf,
  dangerousContent,
  foldForChecks,
  markRefusal,
  markUnverifiedEvidence,
  redactEdit,
  redactRejected,
  runGuards,
  settleRationale,
  settleReason,
  unicodeRefusal
} from "./chunk-MKJOEVRC.js";
import {
  indexEvidence,
  unsafePathReason
} from "./chunk-DRR55QGK.js";
import "./chunk-UIMAFZUT.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-RAGNSPQK.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-MEBIEL22.js";
import "./chunk-S4URGW26.js";
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
  markRefusal,
  markUnverifiedEvidence,
  redactEdit,
  redactRejected,
  runGuards,
  settleRationale,
  settleReason,
  unicodeRefusal,
  unsafePathReason
};
