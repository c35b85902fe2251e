import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/config/home.ts
import os from "node:os";
import path from "node:path";
function expandHome(p, home = os.homedir()) {
  return p === "~" || p.startsWith("~/") ? path.join(home, p.slice(1)) : p;
}

export {
  expandHome
};
