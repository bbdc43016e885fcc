package io.athgrid.local;

import java.io.PrintStream;
import java.nio.file.Path;

/** Tells the person who started the local run where everything is. */
final class LocalGreeting {

    private LocalGreeting() {
    }

    static void print(PrintStream out, RunningPlatform platform, Path workDirectory) {
        String gateway = platform.gatewayUrl();
        out.println();
        out.println("athgrid is running.");
        out.println("  API          " + gateway + "/api/{registry,scheduler,indexer,checker,staking,maas}/...");
        out.println("  OpenAI API   " + gateway + "/v1/...");
        out.println("  OpenAPI UI   " + gateway + "/swagger-ui.html");
        out.println("  Dashboard    " + gateway + "/dashboard/");
        out.println("  Sign in      " + gateway + "/api/identity/siwe/nonce, then POST /api/identity/siwe/login");
        out.println("  Chain        " + platform.rpcUrl() + " (anvil, chain 421614), ATH token "
                + platform.athTokenAddress());
        out.println("  Contracts    StakingPools " + platform.contracts().stakingPools() + ", RewardDistributor "
                + platform.contracts().rewardDistributor() + ", ContainerBonds " + platform.contracts().containerBonds()
                + ", CheckerLicense " + platform.contracts().checkerLicense());
        out.println("  Operator     anvil's first dev account is the operator (dev only: its key is public)");
        if (platform.fleet() != null) {
            out.println("  GPU fleet    " + platform.fleet().counters().registered() + " simulated containers (node-agent's "
                    + "simulation mode), owned by anvil's dev accounts 1-9: GET /api/registry/containers");
        }
        if (platform.checkers() != null) {
            out.println("  Checkers     " + platform.checkers().burners().size() + " simulated checkers ("
                    + platform.checkers().liars().size() + " lying), " + platform.fleet().impostors().size()
                    + " impostor hosts: GET /api/checker/licenses, /api/checker/slashes");
        }
        out.println("  Kafka        " + platform.kafkaBootstrapServers());
        out.println("  PostgreSQL   " + platform.jdbcUrl());
        out.println("  Logs         " + LocalLogging.logFile(workDirectory));
        out.println("Press Ctrl-C to stop.");
    }
}
