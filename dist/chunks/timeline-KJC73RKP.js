import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  MemoryLogError,
  MemoryTimeline,
  timelineFromGitLog
} from "./chunk-JKWUQQ56.js";
import "./chunk-OOZKFMRS.js";
import "./chunk-TIWB77VX.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-7OVR6L5L.js";
export {
  MemoryLogError,
  MemoryTimeline,
  timelineFromGitLog
};
