import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  MemoryLogError,
  MemoryTimeline,
  timelineFromGitLog
} from "./chunk-RP5CMQ3Y.js";
import "./chunk-TIWB77VX.js";
import "./chunk-X6SA5ZQO.js";
import "./chunk-5D6QFWNO.js";
import "./chunk-7OVR6L5L.js";
export {
  MemoryLogError,
  MemoryTimeline,
  timelineFromGitLog
};
