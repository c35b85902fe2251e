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
} from "./chunk-DJZE6WTF.js";
import {
  indexEvidence,
  unsafePathReason
} from "./chunk-KLOJDB6O.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-IQ6GQNGQ.js";
import "./chunk-HOKD7CIE.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-X6SA5ZQO.js";
import "./chunk-5D6QFWNO.js";
import "./chunk-5PEHXLA4.js";
import "./chunk-Z5LLVULS.js";
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
