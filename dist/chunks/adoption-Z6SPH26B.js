import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  GitHistory,
  fileOrigins,
  findAdoptions
} from "./chunk-IMGUZNMG.js";
import "./chunk-UUYG6VR6.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-BCDUTAK5.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-5ES4RQ7J.js";
import "./chunk-7OVR6L5L.js";
export {
  GitHistory,
  fileOrigins,
  findAdoptions
};
