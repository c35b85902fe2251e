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
} from "./chunk-ZASIS4WS.js";
import "./chunk-XG4F5EDH.js";
import "./chunk-TMPSVYBH.js";
import "./chunk-3LXENYO3.js";
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
