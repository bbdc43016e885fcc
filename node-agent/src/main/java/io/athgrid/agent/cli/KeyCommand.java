package io.athgrid.agent.cli;

import io.athgrid.agent.key.KeyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the node key's address, creating the key on first use. */
@Command(name = "key", mixinStandardHelpOptions = true,
        description = "Prints the address of this host's node key (created on first use, file mode 0600).")
public final class KeyCommand implements Runnable {

    @Mixin
    StateOptions state;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println(KeyFile.address(state.state().nodeKey()));
        spec.commandLine().getOut().flush();
    }
}
