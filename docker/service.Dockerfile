# One image recipe for every athgrid Spring Boot service.
# Build context: the repository root, after `./mvnw -DskipTests package`. See docker/README.md.
FROM eclipse-temurin:17-jre

# SERVICE is the Maven module (e.g. container-registry); PORT is that service's HTTP port.
ARG SERVICE
ARG PORT
ARG VERSION=0.1.0-SNAPSHOT

# Fail the build early on a missing or mismatched pair instead of shipping an image that
# exposes and health-checks a port the service does not listen on.
RUN case "${SERVICE}:${PORT}" in \
      gateway-service:8080 | container-registry:8081 | scheduler-service:8082 | indexer-service:8083) ;; \
      checker-service:8084 | staking-service:8085 | maas-service:8086) ;; \
      *) echo "unknown SERVICE/PORT pair '${SERVICE}:${PORT}', see docker/README.md" >&2; exit 1 ;; \
    esac

# A fixed numeric uid lets Kubernetes verify runAsNonRoot (k8s/base uses the same id).
RUN groupadd --system --gid 10001 athgrid \
 && useradd --system --uid 10001 --gid athgrid --home-dir /app --shell /usr/sbin/nologin athgrid

WORKDIR /app
# Owned by root and read-only for the service user.
COPY ${SERVICE}/target/${SERVICE}-${VERSION}-exec.jar /app/app.jar

LABEL org.opencontainers.image.title="athgrid ${SERVICE}" \
      org.opencontainers.image.version="${VERSION}"

ENV ATHGRID_SERVICE=${SERVICE} \
    SERVER_PORT=${PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE ${PORT}

USER 10001:10001

# curl ships with the Temurin image. Readiness, not liveness: healthy means "send it traffic".
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS "http://localhost:${SERVER_PORT}/actuator/health/readiness" > /dev/null || exit 1

ENTRYPOINT ["java", "-jar", "/app/app.jar"]
