import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  formatHealth
} from "./chunk-QOGLFVLO.js";
import {
  HealthCollector,
  MAX_LINE_BYTES,
  detectFormat,
  emptySummary,
  outlineSession,
  outlineSessionTwice,
  readTranscriptFile,
  sessionCounts,
  summarizeFile,
  summarizeTranscripts,
  trackFile
} from "./chunk-ZK6OPARO.js";
import "./chunk-3ZHH2TKA.js";
import "./chunk-6E6T4LLQ.js";
import "./chunk-JKZXDSA7.js";
import "./chunk-7OVR6L5L.js";
export {
  HealthCollector,
  MAX_LINE_BYTES,
  detectFormat,
  emptySummary,
  formatHealth,
  outlineSession,
  outlineSessionTwice,
  readTranscriptFile,
  sessionCounts,
  summarizeFile,
  summarizeTranscripts,
  trackFile
};
