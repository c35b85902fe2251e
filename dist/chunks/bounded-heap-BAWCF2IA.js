import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  TURBOFAN_FROM_BYTES,
  boundedStart,
  liftPassFlags,
  rerunWithBoundedHeap,
  setPassFlags,
  tierForRead
} from "./chunk-45EVIIKM.js";
import "./chunk-7OVR6L5L.js";
export {
  TURBOFAN_FROM_BYTES,
  boundedStart,
  liftPassFlags,
  rerunWithBoundedHeap,
  setPassFlags,
  tierForRead
};
