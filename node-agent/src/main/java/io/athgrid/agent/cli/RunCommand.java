package io.athgrid.agent.cli;

import io.athgrid.agent.enrolment.OwnerApproval;
import io.athgrid.agent.key.KeyFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Registers this host (once) and sends heartbeats until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Registers this host with the owner's approval (once: a stored container id is reused), "
                + "sends signed heartbeats and, while the container is SERVING, runs the inference engines the platform "
                + "assigns to it, until SIGINT/SIGTERM."})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    StateOptions stateOptions;

    @Mixin
    PlatformOptions platform;

    @ArgGroup(exclusive = true)
    Approval approval;

    @Mixin
    NvidiaSmiOptions gpus;

    @Mixin
    EngineOptions engines;

    /** The owner's approval: a wallet signature, or the owner's key for automation and development. */
    static final class Approval {

        @Option(names = "--owner-signature", paramLabel = "0x...",
                description = "The owner's eth_signTypedData_v4 signature over the typed data `registration` printed.")
        String signature;

        @Option(names = "--owner-key-file", paramLabel = "FILE",
                description = "A file (mode 0600) with the owner's private key, which signs the registration itself.")
        Path keyFile;

        OwnerApproval toApproval() {
            return signature != null ? new OwnerApproval.WalletSignature(signature)
                    : new OwnerApproval.OwnerKey(KeyFile.read(keyFile));
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        var state = stateOptions.state();
        return HostRun.run("host", state, gpus.localHost(state.root()), platform, engines.workloads(),
                engines.address(state), Optional.ofNullable(approval).map(Approval::toApproval));
    }
}
