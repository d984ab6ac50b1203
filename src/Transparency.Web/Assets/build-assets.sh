#!/usr/bin/env bash
# Compiles the portal's front-end assets from the pinned npm packages into wwwroot/.
# The output is committed, so `dotnet run` needs no Node.js; tests/run.sh runs this script and fails
# if the committed files differ from what the pinned packages produce.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"

npm ci --no-audit --no-fund --loglevel=error >/dev/null

mkdir -p wwwroot/css wwwroot/lib/govuk-frontend wwwroot/lib/moj-frontend
npx --no-install sass --load-path=node_modules --style=compressed --no-source-map \
  src/Transparency.Web/Assets/transparency.scss wwwroot/css/transparency.css
cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js wwwroot/lib/govuk-frontend/govuk-frontend.min.js
mkdir -p wwwroot/lib/accessible-autocomplete
cp node_modules/accessible-autocomplete/dist/accessible-autocomplete.min.js wwwroot/lib/accessible-autocomplete/accessible-autocomplete.min.js
cp node_modules/accessible-autocomplete/LICENSE.txt wwwroot/lib/accessible-autocomplete/LICENSE.txt
printf 'accessible-autocomplete %s\n' "$(node -p "require('accessible-autocomplete/package.json').version")" > wwwroot/lib/accessible-autocomplete/VERSION.txt
version="$(node -p "require('govuk-frontend/package.json').version")"
printf 'govuk-frontend %s\n' "$version" > wwwroot/lib/govuk-frontend/VERSION.txt
# MOJ Frontend's sortable table only (an ES module importing nothing, saved as .js so every static host serves it as JavaScript); its few button styles are in wwwroot/css/site.css.
sed "/^\/\/# sourceMappingURL=/d" node_modules/@ministryofjustice/frontend/moj/components/sortable-table/sortable-table.bundle.mjs > wwwroot/lib/moj-frontend/sortable-table.js
moj="$(node -p "require('@ministryofjustice/frontend/package.json').version")"
printf '@ministryofjustice/frontend %s (sortable-table only)\n' "$moj" > wwwroot/lib/moj-frontend/VERSION.txt
