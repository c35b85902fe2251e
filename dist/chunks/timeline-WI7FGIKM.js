import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  MemoryLogError,
  MemoryTimeline,
  timelineFromGitLog
} from "./chunk-QFRU6YW7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-7OVR6L5L.js";
export {
  MemoryLogError,
  MemoryTimeline,
  timelineFromGitLog
};
