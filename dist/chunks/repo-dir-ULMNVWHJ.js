import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  assertGitRepo,
  repoDirFlag
} from "./chunk-TUEB33D2.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-7OVR6L5L.js";
export {
  assertGitRepo,
  repoDirFlag
};
