#!/usr/bin/env bash
# Builds what the local run needs and starts the whole athgrid platform on this machine:
# embedded PostgreSQL, a Kafka broker, anvil with the contracts, every service and the gateway on
# http://localhost:8080. Needs Java 17+ and node/npm; Maven comes with the wrapper. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")"

java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
if [ -z "$java_major" ] || [ "${java_major%%.*}" -lt 17 ]; then
  echo "athgrid needs Java 17 or newer (found: ${java_major:-none})" >&2
  exit 1
fi
command -v npm >/dev/null || { echo "athgrid needs node and npm (for solc, anvil and the dashboard)" >&2; exit 1; }

echo "Building athgrid (the first build downloads dependencies and takes a few minutes) ..."
./mvnw -B -q -DskipTests -pl local-run -am install
exec java -jar local-run/target/local-run-0.1.0-SNAPSHOT-exec.jar "$@"
