import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  formatHealth
} from "./chunk-QOGLFVLO.js";
import {
  HealthCollector,
  MAX_LINE_BYTES,
  detectFormat,
  outlineSession,
  outlineSessionTwice,
  readTranscriptFile,
  sessionCounts,
  summarizeFile,
  summarizeTranscripts,
  trackFile
} from "./chunk-2D2RZMS6.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-5RFS437K.js";
import "./chunk-PXOYBIOI.js";
import "./chunk-7OVR6L5L.js";
export {
  HealthCollector,
  MAX_LINE_BYTES,
  detectFormat,
  formatHealth,
  outlineSession,
  outlineSessionTwice,
  readTranscriptFile,
  sessionCounts,
  summarizeFile,
  summarizeTranscripts,
  trackFile
};
