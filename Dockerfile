# Multi-stage build: the SDK image builds, the ASP.NET runtime image runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Transparency.Web/Transparency.Web.csproj src/Transparency.Web/
RUN dotnet restore src/Transparency.Web/Transparency.Web.csproj
COPY src/ src/
RUN dotnet publish src/Transparency.Web/Transparency.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The portal looks for content/ and wwwroot/ beside itself.
COPY content/ ./content/
COPY wwwroot/ ./wwwroot/
# Storage__DataFolder holds the SQLite database, uploaded originals and the built site.
# For PostgreSQL set Database__Provider=Postgres and Database__ConnectionString.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Storage__DataFolder=/app/data \
    DOTNET_RUNNING_IN_CONTAINER=true
RUN mkdir -p /app/data && chown app:app /app/data
USER app
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["dotnet", "Transparency.Web.dll", "check-health", "--url", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["dotnet", "Transparency.Web.dll"]
