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
} from "./chunk-K2L7JFSN.js";
import "./chunk-YSVPFDDH.js";
import "./chunk-Z6C7UFYJ.js";
import "./chunk-X6M2KEEO.js";
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
