import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  boundedStart,
  liftPassFlags,
  rerunWithBoundedHeap,
  setPassFlags
} from "./chunk-CJTFJNNF.js";
import "./chunk-7OVR6L5L.js";
export {
  boundedStart,
  liftPassFlags,
  rerunWithBoundedHeap,
  setPassFlags
};
