import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  MemoryLogError,
  MemoryTimeline,
  timelineFromGitLog
} from "./chunk-U445NEWV.js";
import "./chunk-TIWB77VX.js";
import "./chunk-XF4STVAC.js";
import "./chunk-LBZLCI5P.js";
import "./chunk-7OVR6L5L.js";
export {
  MemoryLogError,
  MemoryTimeline,
  timelineFromGitLog
};
