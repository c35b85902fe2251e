import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  boundHeapGrowth,
  rerunWithBoundedHeap
} from "./chunk-DHQIP7R2.js";
import "./chunk-7OVR6L5L.js";
export {
  boundHeapGrowth,
  rerunWithBoundedHeap
};
