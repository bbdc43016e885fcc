package io.athgrid.agent.inventory;

import io.athgrid.agent.AgentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Asks the host's driver by running nvidia-smi. */
public final class NvidiaSmiCommand implements GpuQuery {

    private static final long TIMEOUT_SECONDS = 30;

    private final String executable;

    public NvidiaSmiCommand(String executable) {
        this.executable = executable;
    }

    @Override
    public String queryGpus() {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(NvidiaSmi.arguments());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            // Small output (one line per GPU), so reading it fully before waiting cannot block the process.
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AgentException(executable + " did not answer within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new AgentException(executable + " failed (exit " + process.exitValue() + "): " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new AgentException("cannot run " + executable + " (is the NVIDIA driver installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentException("interrupted while waiting for " + executable, e);
        }
    }
}
