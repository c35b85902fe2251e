import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
} from "./chunk-SDK6ZMYH.js";
import "./chunk-G6TIICPH.js";
import "./chunk-W3CTWVZZ.js";
import "./chunk-AOEOORTX.js";
import "./chunk-BJWJSM2Z.js";
import "./chunk-2PODER7G.js";
import "./chunk-43ZEGNEF.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-OR27DCH7.js";
import "./chunk-DNJ5C2QN.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-54BHBHC6.js";
import "./chunk-5VRDBCAH.js";
import "./chunk-NFLGOGMH.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-LFWTERAC.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-LKBSWEQ7.js";
import "./chunk-TMW2VLPL.js";
import "./chunk-7OVR6L5L.js";
export {
  THREADS_FROM_BYTES,
  bytesUpTo,
  defaultThreads,
  mineFiles,
  threadsFor
};
