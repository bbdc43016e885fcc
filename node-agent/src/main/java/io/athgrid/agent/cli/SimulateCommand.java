package io.athgrid.agent.cli;

import io.athgrid.agent.engine.EngineAddress;
import io.athgrid.agent.enrolment.Enrolment;
import io.athgrid.agent.enrolment.OwnerApproval;
import io.athgrid.agent.enrolment.StateDirectory;
import io.athgrid.agent.key.KeyFile;
import io.athgrid.agent.simulation.GpuSpec;
import io.athgrid.agent.simulation.ModelPrices;
import io.athgrid.agent.simulation.SimulatedGpuHost;
import io.athgrid.agent.workload.simulated.SimulatedWorkloadRuntime;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.web3j.crypto.ECKeyPair;
import org.web3j.utils.Numeric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** One SIMULATED host: the same path as {@code run}, with a made-up inventory instead of nvidia-smi. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Runs ONE SIMULATED GPU host (no nvidia-smi): registers it with the owner's key, sends "
                + "heartbeats and, while SERVING, runs SIMULATED engines for the replicas the platform assigns, until "
                + "SIGINT/SIGTERM. For development and demos."})
public final class SimulateCommand implements Callable<Integer> {

    @Option(names = "--gpus", required = true, paramLabel = "SPEC", converter = GpuSpecConverter.class,
            description = "The simulated GPUs, <count>x<model>, e.g. 8xH100_SXM.")
    GpuSpec gpus;

    @Option(names = "--owner-key-file", required = true, paramLabel = "FILE",
            description = "A file (mode 0600) with the owner's private key.")
    Path ownerKeyFile;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "${sys:user.home}/.athgrid-agent-simulated",
            description = "State directory of the simulated host (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Mixin
    PlatformOptions platform;

    @Mixin
    ChainOptions chain;

    @Mixin
    OfferOptions offer;

    @Override
    public Integer call() throws InterruptedException {
        StateDirectory state = new StateDirectory(stateDir);
        ECKeyPair owner = KeyFile.read(ownerKeyFile);
        // The node key picks the simulated serials and MACs, so a restarted simulated host is the same host.
        long seed = Numeric.toBigInt(KeyFile.address(state.nodeKey())).longValue();
        SimulatedGpuHost host = new SimulatedGpuHost(gpus, seed);
        if (state.container().isEmpty()) {
            offer.defaultTo("us-east", ModelPrices.typical(gpus.model()), "https://sim-1.nodes.athgrid.local");
            Enrolment.prepare(state, host.read(), offer.toOffer(), KeyFile.address(owner), chain.chainId, Instant.now());
        }
        return HostRun.run("simulated host " + gpus, state, host, platform, new SimulatedWorkloadRuntime(),
                EngineAddress.asStarted(), Optional.of(new OwnerApproval.OwnerKey(owner)));
    }

    static final class GpuSpecConverter implements picocli.CommandLine.ITypeConverter<GpuSpec> {

        @Override
        public GpuSpec convert(String value) {
            try {
                return GpuSpec.parse(value);
            } catch (RuntimeException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
