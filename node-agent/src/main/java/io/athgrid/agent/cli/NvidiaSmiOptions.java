package io.athgrid.agent.cli;

import io.athgrid.agent.inventory.LocalHost;
import io.athgrid.agent.inventory.NvidiaSmiCommand;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How to reach this host's GPU driver. */
final class NvidiaSmiOptions {

    @Option(names = "--nvidia-smi", paramLabel = "PATH", defaultValue = "nvidia-smi",
            description = "The nvidia-smi executable (default: ${DEFAULT-VALUE}).")
    String nvidiaSmi;

    /** This machine, its disk measured where the agent keeps its state. */
    LocalHost localHost(Path stateDirectory) {
        return new LocalHost(new NvidiaSmiCommand(nvidiaSmi), stateDirectory);
    }
}
