#!/usr/bin/env bash
# Runs `npm ci` in the current module only when its node_modules does not match package-lock.json
# yet, so repeated builds stay offline and fast. The stamp holds the hash of the lock file npm ci
# installed. Called by every module with a package.json (root pom, exec-maven-plugin "npm-ci").
set -euo pipefail
stamp=node_modules/.athgrid-lock.sha256
wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
  echo "$(basename "$PWD"): node_modules is up to date with package-lock.json"
  exit 0
fi
npm ci --no-audit --no-fund
echo "$wanted" > "$stamp"
