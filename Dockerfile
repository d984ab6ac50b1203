# syntax=docker/dockerfile:1
# Three stages: npm fetches the Pagefind search indexer, the .NET SDK publishes the portal, and the runtime is the
# chiseled (distroless) ASP.NET image: no shell, no package manager, non-root user "app" (UID 1654) by default.
#
# Base images are pinned by digest. The digests below are the multi-platform index digests of these tags as used in
# public Dockerfiles when this file was written (December 2026); no registry could be reached from where it was
# written, so they were not checked there. Before building, check or refresh each with
#   docker buildx imagetools inspect mcr.microsoft.com/dotnet/sdk:10.0
# and pass new ones as build arguments, e.g. --build-arg RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled@sha256:…
ARG NODE_IMAGE=node:22-bookworm-slim@sha256:43ac6c60b8f89723f746e8a92ce91abd5017e627ce1ddfe4238355d3a30b772c
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0@sha256:ea8bde36c11b6e7eec2656d0e59101d4462f6bd630730f2c8201ed0572b295d5
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled@sha256:48e51f2f6798897be7ac4e775c049ed8fe60d3190f637e1f9c9dc7513efa659c

# Pagefind from the pinned npm package (package-lock.json); its binary is static, so the runtime needs no Node.js.
FROM ${NODE_IMAGE} AS search
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && mkdir -p /out \
 && cp node_modules/@pagefind/linux-*/bin/pagefind_extended /out/pagefind

FROM ${SDK_IMAGE} AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Transparency.Web/Transparency.Web.csproj src/Transparency.Web/
RUN dotnet restore src/Transparency.Web/Transparency.Web.csproj
COPY src/ src/
RUN dotnet publish src/Transparency.Web/Transparency.Web.csproj -c Release -o /app --no-restore -p:UseAppHost=false \
 && mkdir -p /data

FROM ${RUNTIME_IMAGE}
WORKDIR /app
COPY --from=build /app ./
# The portal looks for content/ and wwwroot/ beside itself, and for tools/pagefind to build the search index.
COPY content/ ./content/
COPY wwwroot/ ./wwwroot/
COPY --from=search /out/pagefind ./tools/pagefind
# The chiseled image has no shell to mkdir and chown with, so the empty data folder is copied in with its owner.
COPY --from=build --chown=1654:1654 /data /app/data
# Storage__DataFolder holds the SQLite database, uploaded originals and the built site.
# For PostgreSQL set Database__Provider=Postgres and Database__ConnectionString.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Storage__DataFolder=/app/data \
    DOTNET_RUNNING_IN_CONTAINER=true
USER 1654
VOLUME ["/app/data"]
EXPOSE 8080
# check-health sends one request and exits; it builds no host and opens no database (Cli/CheckHealthCommand.cs).
# Liveness only: a database outage shows in /health/ready, which a load balancer or Kubernetes readiness probe reads.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["dotnet", "Transparency.Web.dll", "check-health", "--url", "http://127.0.0.1:8080/health/live"]
ENTRYPOINT ["dotnet", "Transparency.Web.dll"]
