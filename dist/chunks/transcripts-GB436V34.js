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
} from "./chunk-FBESS4T3.js";
import "./chunk-M2J457S2.js";
import "./chunk-WXCJRX4S.js";
import "./chunk-SNZZLAW2.js";
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
