package io.athgrid.agent.workload.docker;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs a program to its end; the seam between the docker runtime and the docker CLI. */
public interface CommandRunner {

    /**
     * @param command the program and its arguments, no shell in between
     * @param environment added to this process's environment for the program (secrets go here, not on the command line)
     * @param timeout after this, the program is killed and a {@link io.athgrid.agent.workload.WorkloadException} thrown
     */
    CommandResult run(List<String> command, Map<String, String> environment, Duration timeout);

    /** A finished program: its exit code and what it printed. */
    record CommandResult(int exitCode, String stdout, String stderr) {

        public boolean succeeded() {
            return exitCode == 0;
        }
    }
}
