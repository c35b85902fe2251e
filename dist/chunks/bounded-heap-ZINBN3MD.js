import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  boundHeapGrowth,
  boundedStart,
  liftHeapGrowth,
  rerunWithBoundedHeap
} from "./chunk-CIYMYEY5.js";
import "./chunk-7OVR6L5L.js";
export {
  boundHeapGrowth,
  boundedStart,
  liftHeapGrowth,
  rerunWithBoundedHeap
};
