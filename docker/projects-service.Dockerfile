# JVM image of projects-service. Build the jar first (./mvnw package -DskipTests), then from the repository root:
#   docker build -f docker/projects-service.Dockerfile -t budget/projects-service .
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 185 --home /deployments app
WORKDIR /deployments
COPY --chown=185 projects-service/target/quarkus-app/lib/ lib/
COPY --chown=185 projects-service/target/quarkus-app/*.jar ./
COPY --chown=185 projects-service/target/quarkus-app/app/ app/
COPY --chown=185 projects-service/target/quarkus-app/quarkus/ quarkus/
USER 185
EXPOSE 8081 9081
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
    CMD curl -fs http://localhost:9081/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar quarkus-run.jar"]
