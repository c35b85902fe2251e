import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  anthropicClient,
  managedAgentsPorts,
  sdkMemoryStores,
  sdkSessions,
  translateApiError
} from "./chunk-6DRUBGKD.js";
import "./chunk-72WOTJTO.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-ZM2NYKUW.js";
import "./chunk-Z5WRHGOS.js";
import "./chunk-7OVR6L5L.js";
export {
  anthropicClient,
  managedAgentsPorts,
  sdkMemoryStores,
  sdkSessions,
  translateApiError
};
