package io.athgrid.agent.cli;

import io.athgrid.agent.enrolment.StateDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the agent keeps its node key, pending registration and container id. */
final class StateOptions {

    @Option(names = "--state-dir", paramLabel = "DIR", description = "State directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:user.home}/.athgrid-agent")
    Path stateDir;

    StateDirectory state() {
        return new StateDirectory(stateDir);
    }
}
