import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  efficacySection
} from "./chunk-BMV6FD5A.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";
export {
  efficacySection
};
