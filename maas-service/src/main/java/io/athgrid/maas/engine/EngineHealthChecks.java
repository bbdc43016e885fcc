package io.athgrid.maas.engine;

import io.athgrid.maas.deployment.DeploymentService;
import io.athgrid.maas.deployment.ReplicaState;
import io.athgrid.maas.engine.EngineHealth.Verdict;
import io.athgrid.maas.engine.EngineStore.WatchedEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A round of health checks: every starting or ready replica's engine is checked at once ({@link HealthProbe}),
 * then each verdict ({@link EngineHealth}) is applied through the deployment's domain, one transaction each:
 * a starting engine that answers makes its replica ready, a lost one fails it (its order is then cancelled
 * and a replacement requested, as for a lost job). Each instance checks every engine; their verdicts apply
 * once, as the domain ignores a step already taken.
 */
public class EngineHealthChecks {

    private static final Logger log = LoggerFactory.getLogger(EngineHealthChecks.class);

    private final EngineStore engines;
    private final HealthProbe probe;
    private final EngineHealth health;
    private final DeploymentService deployments;
    private final Clock clock;

    public EngineHealthChecks(EngineStore engines, HealthProbe probe, EngineHealth health, DeploymentService deployments,
            Clock clock) {
        this.engines = engines;
        this.probe = probe;
        this.health = health;
        this.deployments = deployments;
        this.clock = clock;
    }

    public void round() {
        List<WatchedEngine> watched = engines.watched();
        health.retainOnly(watched.stream().map(WatchedEngine::replicaId).toList());
        Map<WatchedEngine, CompletableFuture<Boolean>> checks = new LinkedHashMap<>();
        for (WatchedEngine engine : watched) {
            checks.put(engine, engine.endpoint() == null ? CompletableFuture.completedFuture(false)
                    : probe.check(engine.endpoint()));
        }
        checks.forEach((engine, check) -> {
            boolean passed = check.join();
            Instant now = clock.instant();
            Verdict verdict = health.judge(engine.replicaId(), engine.state(), passed, engine.placedAt(), now);
            try {
                apply(engine, verdict);
            } catch (RuntimeException e) {
                log.warn("the health verdict {} on replica {} was not applied, the next round judges again: {}", verdict,
                        engine.replicaId(), e.toString());
            }
        });
    }

    private void apply(WatchedEngine engine, Verdict verdict) {
        switch (verdict) {
            case READY -> deployments.engineHealthy(engine.replicaId(), engine.endpoint());
            case UNHEALTHY -> deployments.engineLost(engine.replicaId(), ReplicaState.READY, "its engine at "
                    + engine.endpoint() + " failed " + health.failedChecks() + " health checks in a row");
            case NOT_STARTED -> deployments.engineLost(engine.replicaId(), ReplicaState.STARTING, "its engine was not "
                    + "healthy " + spoken(health.startDeadline()) + " after its placement");
            case NONE -> {
            }
        }
    }

    /** 20 minutes, 90 seconds. */
    private static String spoken(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " minutes" : seconds + " seconds";
    }
}
