import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-XDEGJMFM.js";
import "./chunk-JZBGFW55.js";
import "./chunk-SFAUD5TG.js";
import "./chunk-DZK7QOT7.js";
import "./chunk-CHJ7M42E.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-D36QIJWB.js";
import "./chunk-TIWB77VX.js";
import "./chunk-W57454CA.js";
import "./chunk-Y7H6TR7O.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-AQSDLNGD.js";
import "./chunk-45EVIIKM.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-IAIXDJEW.js";
import "./chunk-KIVDSTF5.js";
import "./chunk-JLOAINIL.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
