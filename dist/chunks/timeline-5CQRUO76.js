import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  MemoryLogError,
  MemoryTimeline,
  timelineFromGitLog
} from "./chunk-2LSWSSKP.js";
import "./chunk-TIWB77VX.js";
import "./chunk-NURSR7U2.js";
import "./chunk-ATMT5WGQ.js";
import "./chunk-7OVR6L5L.js";
export {
  MemoryLogError,
  MemoryTimeline,
  timelineFromGitLog
};
