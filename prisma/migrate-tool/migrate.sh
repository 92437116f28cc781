#!/usr/bin/env bash
# Runs the Prisma 6.19 migration CLI against prisma/schema.prisma (the single source of truth).
# Usage, from the app root: prisma/migrate-tool/migrate.sh migrate deploy | migrate dev --name x | ...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
if [ -z "${DATABASE_URL:-}" ] && [ -f .env ]; then
  DATABASE_URL="$(node -e 'require("dotenv").config({quiet:true}); process.stdout.write(process.env.DATABASE_URL ?? "")')"
  export DATABASE_URL
fi
if [ -z "${DATABASE_URL:-}" ]; then
  echo "DATABASE_URL is not set. Set it, or use npm run dev, which starts the embedded database." >&2
  exit 2
fi
if [ ! -x "$here/node_modules/.bin/prisma" ]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >/dev/null
fi
mkdir -p prisma/.migrate
# Prisma 6 needs the url in the datasource (Prisma 7 forbids it) and must not run the generators
# (they would overwrite the Prisma 7 client).
awk '/^generator[[:space:]]/{s=1} !s{print} s&&/^}/{s=0}' prisma/schema.prisma \
  | sed 's#^\([[:space:]]*provider[[:space:]]*=[[:space:]]*"postgresql"\)#\1\n  url      = env("DATABASE_URL")#' \
  > prisma/.migrate/schema.prisma
: > prisma/.migrate/no-query-engine
export PRISMA_QUERY_ENGINE_LIBRARY="$root/prisma/.migrate/no-query-engine"
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
export NODE_OPTIONS="--require $here/unref-timers.cjs ${NODE_OPTIONS:-}"
exec node "$here/node_modules/prisma/build/index.js" "$@" --config "$here/prisma.config.ts"
