#!/usr/bin/env node
import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
} from "./chunk-73CYFGXA.js";
import "./chunk-TJ6B3WYZ.js";
export {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
};
