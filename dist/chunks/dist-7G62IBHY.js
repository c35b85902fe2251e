import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-7T7FAOMK.js";
import "./chunk-7OVR6L5L.js";
export default require_dist();
