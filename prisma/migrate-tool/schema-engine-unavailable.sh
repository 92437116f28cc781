#!/bin/sh
# Stand-in for Prisma 7's native schema engine, which cannot be downloaded offline. Pointing
# PRISMA_SCHEMA_ENGINE_BINARY here stops `prisma generate` from trying; migrations use migrate.sh.
if [ "$1" = "--version" ]; then echo "schema-engine-cli unavailable (use prisma/migrate-tool/migrate.sh)"; exit 0; fi
echo "The native schema engine is not available offline: run migrations with npm run db:migrate / db:deploy." >&2
exit 1
