import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  anthropicClient,
  managedAgentsPorts,
  sdkMemoryStores,
  sdkSessions,
  translateApiError
} from "./chunk-HC3VVD24.js";
import "./chunk-72WOTJTO.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-FKT5VVHE.js";
import "./chunk-WZN67QYX.js";
import "./chunk-7OVR6L5L.js";
export {
  anthropicClient,
  managedAgentsPorts,
  sdkMemoryStores,
  sdkSessions,
  translateApiError
};
