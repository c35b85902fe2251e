import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
} from "./chunk-G5NZPUV6.js";
import "./chunk-XSJT45JS.js";
import "./chunk-BB6CCNLB.js";
import "./chunk-JZK6OD4Y.js";
import "./chunk-SNKOW6BU.js";
import "./chunk-J56VA6K5.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-C45OFBSW.js";
import "./chunk-MZOHCWA4.js";
import "./chunk-TIWB77VX.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-5RK2C3OO.js";
import "./chunk-V6SMZIWJ.js";
import "./chunk-W6YYLVGZ.js";
import "./chunk-427OPDA3.js";
import "./chunk-ISR5CDT2.js";
import "./chunk-AVNBLGNS.js";
import "./chunk-6K5YIX5G.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-GFAOHSYZ.js";
import "./chunk-JUMJMMYB.js";
import "./chunk-PUVM7WME.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-ARCZFSVK.js";
import "./chunk-IQ6GQNGQ.js";
import "./chunk-RLJ6WCIZ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-X6SA5ZQO.js";
import "./chunk-5D6QFWNO.js";
import "./chunk-2YZ64CDK.js";
import "./chunk-GJ7UAFRC.js";
import "./chunk-7OVR6L5L.js";
export {
  expandCliSessions,
  printRunResult,
  resolveSettings,
  runCommand
};
