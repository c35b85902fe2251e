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
} from "./chunk-5ATGSXYH.js";
import {
  indexEvidence,
  unsafePathReason
} from "./chunk-TMLFUIBN.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-STRIXYJK.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-FEAK7PJH.js";
import "./chunk-JHTC57UZ.js";
import "./chunk-JKZXDSA7.js";
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
