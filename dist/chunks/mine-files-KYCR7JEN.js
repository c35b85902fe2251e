import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-RTFWHN4H.js";
import "./chunk-JZBGFW55.js";
import "./chunk-YJVTI3HP.js";
import "./chunk-NOK7K67X.js";
import "./chunk-V54S5B4T.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-I7RHRXOR.js";
import "./chunk-TIWB77VX.js";
import "./chunk-JNK4KIO5.js";
import "./chunk-JGEQWHLW.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-WVYCTUU5.js";
import "./chunk-45EVIIKM.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-R3KDNQSQ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-Q7C5KYIP.js";
import "./chunk-HBGZTX5K.js";
import "./chunk-RD54IFBS.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
