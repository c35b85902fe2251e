import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  GitHistory,
  fileOrigins,
  findAdoptions
} from "./chunk-V5VJF3PL.js";
import "./chunk-SV7JYL2F.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-JHTC57UZ.js";
import "./chunk-JKZXDSA7.js";
import "./chunk-7OVR6L5L.js";
export {
  GitHistory,
  fileOrigins,
  findAdoptions
};
