package io.athgrid.agent.cli;

import io.athgrid.agent.enrolment.Enrolment;
import io.athgrid.agent.enrolment.StateDirectory;
import io.athgrid.agent.enrolment.StateDirectory.PendingRegistration;
import io.athgrid.protocol.container.RegistrationTypedData;
import java.io.PrintWriter;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Reads the host, writes the registration to the state directory and prints its typed data for the owner to sign. */
@Command(name = "registration", mixinStandardHelpOptions = true,
        description = {"Reads this host's GPUs (nvidia-smi), CPU, RAM and disk, writes the registration to the state "
                + "directory and prints its EIP-712 typed data.",
                "The owner signs the printed JSON with eth_signTypedData_v4 within an hour and passes the signature to "
                        + "`node-agent run --owner-signature`."})
public final class RegistrationCommand implements Runnable {

    @Mixin
    StateOptions stateOptions;

    @Mixin
    OfferOptions offer;

    @Option(names = "--owner", required = true, paramLabel = "ADDRESS", description = "The owner's wallet address (0x...).")
    String owner;

    @Mixin
    ChainOptions chain;

    @Mixin
    NvidiaSmiOptions gpus;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        offer.require(spec);
        StateDirectory state = stateOptions.state();
        var host = gpus.localHost(state.root());
        PendingRegistration pending = Enrolment.prepare(state, host.read(), offer.toOffer(), owner, chain.chainId, Instant.now());
        PrintWriter out = spec.commandLine().getOut();
        out.println(RegistrationTypedData.json(pending.registration(), chain.chainId));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println("Registration written to " + state.root().resolve("registration.json") + ".");
        err.println("Sign the typed data above with the owner's wallet (eth_signTypedData_v4) within an hour, then run:");
        err.println("  node-agent run --platform <URL> --owner-signature 0x...");
        err.flush();
    }
}
