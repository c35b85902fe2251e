import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  efficacySection
} from "./chunk-XL7T2OHU.js";
import "./chunk-HZFJKXTF.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-7OVR6L5L.js";
export {
  efficacySection
};
