import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  GitHistory,
  fileOrigins,
  findAdoptions
} from "./chunk-N5CUOAJA.js";
import "./chunk-O3MCD4GR.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-C3WFARGW.js";
import "./chunk-JO54VIGZ.js";
import "./chunk-7OVR6L5L.js";
export {
  GitHistory,
  fileOrigins,
  findAdoptions
};
