import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  GitHistory,
  fileOrigins,
  findAdoptions
} from "./chunk-LXXRIGE5.js";
import "./chunk-R5JRYFZH.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-WPRNBTAO.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-Z6C7UFYJ.js";
import "./chunk-X6M2KEEO.js";
import "./chunk-7OVR6L5L.js";
export {
  GitHistory,
  fileOrigins,
  findAdoptions
};
