import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  GitHistory,
  fileOrigins,
  findAdoptions
} from "./chunk-U2546GCD.js";
import "./chunk-DD2I7FTM.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-PYQM3OWI.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-LQIMTZHA.js";
import "./chunk-L6OS54UF.js";
import "./chunk-7OVR6L5L.js";
export {
  GitHistory,
  fileOrigins,
  findAdoptions
};
