package io.athgrid.agent.cli;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.engine.EngineAddress;
import io.athgrid.agent.enrolment.StateDirectory;
import io.athgrid.agent.workload.WorkloadRuntime;
import io.athgrid.agent.workload.docker.DockerSettings;
import io.athgrid.agent.workload.docker.DockerWorkloadRuntime;
import io.athgrid.agent.workload.simulated.SimulatedWorkloadRuntime;
import java.net.URI;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How a real host runs the inference engines maas-service assigns to its container, and where the platform reaches them. */
final class EngineOptions {

    /** The workload runtimes a real host can choose. */
    enum Runtime {
        /** vLLM containers on this host's GPUs. */
        docker,
        /** SIMULATED engines in this process, listening on loopback only: for trying a host without GPUs. */
        simulated
    }

    @Option(names = "--workload-runtime", paramLabel = "RUNTIME", defaultValue = "docker",
            description = "How engines run: docker (vLLM containers on this host's GPUs) or simulated (SIMULATED engines "
                    + "in this process, on loopback, no GPU) (default: ${DEFAULT-VALUE}).")
    Runtime runtime;

    @Option(names = "--engine-host", paramLabel = "HOST", converter = EngineHostConverter.class,
            description = "The name or address the platform reaches this host's engines at (default: the host of the "
                    + "registration's --endpoint; for simulated engines, loopback).")
    EngineAddress engineHost;

    WorkloadRuntime workloads() {
        return switch (runtime) {
            case docker -> new DockerWorkloadRuntime(DockerSettings.defaults());
            case simulated -> new SimulatedWorkloadRuntime();
        };
    }

    EngineAddress address(StateDirectory state) {
        if (engineHost != null) {
            return engineHost;
        }
        if (runtime == Runtime.simulated) {
            return EngineAddress.asStarted();
        }
        return state.pending()
                .map(pending -> URI.create(pending.registration().endpoint()).getHost())
                .map(EngineAddress::at)
                .orElseThrow(() -> new AgentException("no registration in " + state.root() + "; run `node-agent registration` "
                        + "first (a host registered already may give --engine-host instead: the name or address the platform "
                        + "reaches its engines at)"));
    }

    static final class EngineHostConverter implements ITypeConverter<EngineAddress> {

        @Override
        public EngineAddress convert(String value) {
            try {
                return EngineAddress.at(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
