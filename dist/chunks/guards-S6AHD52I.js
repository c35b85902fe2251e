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
} from "./chunk-MFMBFBRP.js";
import {
  indexEvidence,
  unsafePathReason
} from "./chunk-YPM2TTMT.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-BCDUTAK5.js";
import "./chunk-BEIDZL2L.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-2NVF3NBO.js";
import "./chunk-5ES4RQ7J.js";
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
