import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
} from "./chunk-WIE27K6L.js";
import "./chunk-7OVR6L5L.js";
export {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
};
