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
} from "./chunk-FY5NZD4B.js";
import {
  indexEvidence,
  unsafePathReason
} from "./chunk-LGZ5QQYJ.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-IE553SBV.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-IAIXDJEW.js";
import "./chunk-KIVDSTF5.js";
import "./chunk-JLOAINIL.js";
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
