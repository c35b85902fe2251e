import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-5I7YMJD6.js";
import "./chunk-JZBGFW55.js";
import "./chunk-J7TGDKNU.js";
import "./chunk-UJWGDMWP.js";
import "./chunk-KTNDU5Y2.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-4KZOED7M.js";
import "./chunk-TIWB77VX.js";
import "./chunk-UC3OQACV.js";
import "./chunk-PE7E5SMA.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-HFKBHVJN.js";
import "./chunk-45EVIIKM.js";
import "./chunk-LN4IHJCB.js";
import "./chunk-WNGDL2IF.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-2NVF3NBO.js";
import "./chunk-5ES4RQ7J.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
