package io.athgrid.local;

import io.athgrid.gateway.GatewayApplication;
import io.athgrid.support.ServiceApplications;
import io.athgrid.testsupport.host.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The whole platform on one machine, in one JVM: infrastructure first, then every service, then
 * the gateway in front of them. Each run starts from a clean slate under {@code .athgrid/local}.
 */
public final class LocalPlatform {

    private final LocalOptions options;
    private final Progress progress;
    private final String internalTokenSecret = randomSecret();
    private final String sessionTokenSecret = randomSecret();

    LocalPlatform(LocalOptions options) {
        this.options = options;
        this.progress = new Progress(System.out, options.echoProgress());
    }

    public static void main(String[] args) {
        Path workDirectory = Path.of(args.length > 0 ? args[0] : ".athgrid/local").toAbsolutePath();
        LocalLogging.configure(workDirectory);
        System.out.println("Starting athgrid locally (state in " + workDirectory + ")");
        RunningPlatform platform;
        try {
            platform = new LocalPlatform(new LocalOptions(workDirectory, true, true, List.of(),
                    LocalOptions.FLEET_SIZE, LocalOptions.HEARTBEAT_INTERVAL)).start();
        } catch (RuntimeException e) {
            System.err.println("athgrid could not start: " + e.getMessage());
            System.err.println("Details are in " + LocalLogging.logFile(workDirectory));
            System.exit(1);
            return;
        }
        LocalGreeting.print(System.out, platform, workDirectory);
        StopOnSignal.install(platform);
    }

    /** Starts everything; on failure stops what already started and rethrows. */
    public RunningPlatform start() {
        prepareWorkDirectory();
        LocalInfrastructure infrastructure = LocalInfrastructure.start(options, progress);
        RunningPlatform platform = new RunningPlatform(infrastructure);
        try {
            for (PlatformService service : PlatformService.ALL) {
                platform.serviceStarted(service.name(), progress.step(service.name(),
                        () -> run(ServiceApplications.create(service.application(), service.name()),
                                serviceArguments(service, infrastructure, platform)),
                        context -> "port " + context.getEnvironment().getProperty("local.server.port")));
            }
            platform.gatewayStarted(progress.step("gateway-service",
                    () -> run(GatewayApplication.application(), gatewayArguments(platform, infrastructure)),
                    context -> "port " + context.getEnvironment().getProperty("local.server.port")));
            progress.step("health through gateway", () -> new GatewayHealth(platform).awaitAllUp(),
                    services -> services + " services UP");
            if (options.fleetSize() > 0) {
                platform.fleetStarted(progress.step("simulated GPU fleet",
                        () -> LocalFleet.start(platform, infrastructure, options),
                        fleet -> fleet.counters().registered() + " simulated containers registered, heartbeating every "
                                + options.heartbeatInterval().toSeconds() + " s"
                                + (fleet.impostors().isEmpty() ? "" : ", " + fleet.impostors().size()
                                        + " of them impostors claiming twice their GPUs")));
                OperatorCalls calls = new OperatorCalls(internalTokenSecret);
                progress.step("stake bonds", () -> LocalBonds.post(infrastructure, calls,
                                platform.servicePort("container-registry")),
                        bonded -> bonded + " containers bonded their stake requirement in ContainerBonds");
                if (options.checkers() > 0) {
                    platform.checkersStarted(progress.step("simulated checkers",
                            () -> LocalCheckers.start(platform, infrastructure, options, platform.fleet(), calls),
                            checkers -> options.checkers() + " licensed simulated checkers polling ("
                                    + checkers.liars().size() + " of them lying)"));
                    progress.step("capacity checks", () -> new CapacityAdmission(calls,
                                    platform.servicePort("container-registry"))
                                    .await(options.fleetSize() - platform.fleet().impostors().size(),
                                            platform.fleet().impostors().size()),
                            admitted -> admitted + " containers verified by the checkers and STANDBY, "
                                    + platform.fleet().impostors().size() + " impostors rejected");
                }
            }
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private static ConfigurableApplicationContext run(SpringApplication application, List<String> arguments) {
        // RunningPlatform closes the contexts in order; Spring's own hooks would race it.
        application.setRegisterShutdownHook(false);
        return application.run(arguments.toArray(String[]::new));
    }

    private List<String> serviceArguments(PlatformService service, LocalInfrastructure infrastructure,
            RunningPlatform platform) {
        List<String> arguments = commonArguments(infrastructure);
        arguments.add("--server.port=" + options.port(service.defaultPort()));
        switch (service.name()) {
            case "container-registry" -> arguments.add(
                    "--athgrid.registry.heartbeat-interval=" + options.heartbeatInterval().toMillis() + "ms");
            // The registry starts first; the indexer rebuilds its index from it.
            case "indexer-service" -> arguments.add("--athgrid.indexer.registry-url=http://localhost:"
                    + platform.servicePort("container-registry"));
            // The indexer starts before the scheduler, which reserves capacity through it. A container
            // is OFFLINE after 3 missed heartbeats: its jobs lost service that long before.
            case "scheduler-service" -> {
                arguments.add("--athgrid.scheduler.indexer-url=http://localhost:" + platform.servicePort("indexer-service"));
                arguments.add("--athgrid.scheduler.leases.offline-detection-lag="
                        + options.heartbeatInterval().multipliedBy(3).toMillis() + "ms");
                // A newcomer sees usage on the bill within seconds, not at the next minute.
                arguments.add("--athgrid.scheduler.billing.metering-interval=10s");
            }
            case "checker-service" -> arguments.addAll(checkerArguments(infrastructure, platform));
            // Model deployments are placed as scheduler orders; the simulated fleet's engines answer on this machine.
            case "maas-service" -> {
                arguments.add("--athgrid.maas.deployments.scheduler-url=http://localhost:"
                        + platform.servicePort("scheduler-service"));
                arguments.add("--athgrid.maas.engines.engine-addresses=ANY");
            }
            case "staking-service" -> arguments.addAll(LocalStaking.arguments(infrastructure, options.stakingEpochLength(),
                    Instant.now()));
            default -> {
            }
        }
        return arguments;
    }

    /**
     * checker-service follows CheckerLicense on anvil (one confirmation), reads stake requirements from the
     * registry, and lets a slash wait minutes for a dispute instead of 72 hours.
     */
    private List<String> checkerArguments(LocalInfrastructure infrastructure, RunningPlatform platform) {
        String chain = "--athgrid.checker.chain.";
        return List.of(
                chain + "rpc-url=" + infrastructure.anvil.rpcUrl(),
                chain + "chain-id=" + infrastructure.anvil.chainId(),
                chain + "license-contract=" + infrastructure.contracts.checkerLicense(),
                chain + "confirmations=1",
                chain + "poll-interval=1s",
                "--athgrid.checker.registry.url=http://localhost:" + platform.servicePort("container-registry"),
                "--athgrid.checker.slashing.dispute-window=" + options.slashDisputeWindow().toMillis() + "ms",
                "--athgrid.checker.workers.slash-interval=2s");
    }

    private List<String> gatewayArguments(RunningPlatform platform, LocalInfrastructure infrastructure) {
        // Known before start, because Sign-In with Ethereum messages name the gateway's address.
        int port = options.fixedPorts() ? LocalOptions.GATEWAY_PORT : FreePorts.next();
        List<String> arguments = commonArguments(infrastructure);
        arguments.add("--server.port=" + port);
        PlatformService.ALL.forEach(service -> arguments.add("--athgrid.gateway.routes." + service.route()
                + "=http://localhost:" + platform.servicePort(service.name())));
        arguments.add("--athgrid.gateway.session-token.secret=" + sessionTokenSecret);
        arguments.add("--athgrid.gateway.operators=" + infrastructure.anvil.devAddresses().get(0));
        arguments.add("--athgrid.gateway.rate-limit.backend=" + (infrastructure.redisFound ? "redis" : "in-memory"));
        // Every caller of a local run, the simulated fleet included, comes from 127.0.0.1: a limit
        // per address would be one limit for everyone.
        List.of("--athgrid.gateway.rate-limit.anonymous.replenish-rate=500",
                        "--athgrid.gateway.rate-limit.anonymous.burst-capacity=1000").stream()
                .filter(setting -> options.gatewayArguments().stream()
                        .noneMatch(given -> given.startsWith(setting.substring(0, setting.indexOf('=') + 1))))
                .forEach(arguments::add);
        arguments.add("--spring.data.redis.host=" + LocalInfrastructure.REDIS_HOST);
        arguments.add("--spring.data.redis.port=" + LocalInfrastructure.REDIS_PORT);
        arguments.add("--athgrid.gateway.siwe.domain=localhost:" + port);
        arguments.add("--athgrid.gateway.siwe.uri=http://localhost:" + port);
        arguments.addAll(options.gatewayArguments());
        return arguments;
    }

    private List<String> commonArguments(LocalInfrastructure infrastructure) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + infrastructure.database.jdbcUrl(),
                "--spring.datasource.username=" + infrastructure.database.username(),
                "--spring.datasource.password=" + infrastructure.database.password(),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafka.bootstrapServers(),
                "--athgrid.identity.internal-token.secret=" + internalTokenSecret,
                "--athgrid.chain.rpc-url=" + infrastructure.anvil.rpcUrl(),
                "--athgrid.chain.chain-id=" + infrastructure.anvil.chainId(),
                "--athgrid.chain.contracts.ath-token=" + infrastructure.contracts.athToken(),
                "--spring.main.banner-mode=off",
                // Seven services share one small PostgreSQL here.
                "--spring.datasource.hikari.maximum-pool-size=4"));
        return arguments;
    }

    private void prepareWorkDirectory() {
        try {
            FileSystemUtils.deleteRecursively(options.workDirectory());
            Files.createDirectories(options.workDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + options.workDirectory(), e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
