package io.athgrid.agent.simulation.checker;

import io.athgrid.agent.checker.Assignment;
import io.athgrid.agent.checker.CannotCheckException;
import io.athgrid.agent.checker.CapacityAssessment;
import io.athgrid.agent.checker.Probe;
import io.athgrid.agent.checker.RegisteredHardware;
import io.athgrid.agent.simulation.SimulatedHostState;
import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.CheckResult;
import io.athgrid.protocol.check.LivenessResult;
import io.athgrid.protocol.check.QoeResult;
import io.athgrid.protocol.container.GpuModel;
import java.math.BigDecimal;

/**
 * The SIMULATED probe: instead of the network it reads the ground truth of the simulated hosts in this
 * process. A host is reachable and serves while it heartbeats; a capacity check finds the GPUs it
 * really has and its {@link SimulatedBenchmark} score, and judges them against what the container
 * registered with the same {@link CapacityAssessment} as any checker, so an impostor (registered 8
 * GPUs, has 4) fails. Every honest simulated checker reads the same truth and so reports the same
 * result.
 */
public final class SimulatedProbe implements Probe {

    /** What an unreachable host costs a real probe: its attempts timing out. */
    private static final long UNREACHABLE_PROBE_MS = 10_000;

    private final GroundTruth truth;

    public SimulatedProbe(GroundTruth truth) {
        this.truth = truth;
    }

    @Override
    public CheckResult check(Assignment assignment) throws CannotCheckException {
        SimulatedHostState host = truth.host(assignment.containerId()).orElseThrow(() -> new CannotCheckException(
                "container " + assignment.containerId() + " is not a simulated host of this process"));
        return switch (assignment.kind()) {
            case LIVENESS -> host.heartbeating()
                    ? new LivenessResult(true, BigDecimal.ZERO, 20 + host.hostNumber() % 60)
                    : LivenessResult.unreachable(UNREACHABLE_PROBE_MS);
            case QOE -> host.heartbeating()
                    ? new QoeResult(true, 30 + host.hostNumber() % 50, SimulatedBenchmark.score(host.actual(), host.hostNumber()),
                            BigDecimal.ZERO)
                    : QoeResult.unresponsive();
            case CAPACITY -> capacity(assignment, host);
        };
    }

    private static CapacityResult capacity(Assignment assignment, SimulatedHostState host) throws CannotCheckException {
        if (!host.heartbeating()) {
            // No benchmark runs on a host that is down; liveness checks report the outage.
            throw new CannotCheckException("simulated host " + host.hostNumber() + " is down, no benchmark runs");
        }
        RegisteredHardware registered = assignment.registered().orElseGet(() -> new RegisteredHardware(
                host.registered().model().name(), host.registered().count(), host.vramGbPerGpu()));
        GpuModel registeredModel = GpuModel.find(registered.gpuModel()).orElseThrow(() -> new CannotCheckException(
                "no reference benchmark for the registered GPU model " + registered.gpuModel()));
        return CapacityAssessment.assess(registered, host.actual().model().name(), host.actual().count(), host.vramGbPerGpu(),
                SimulatedBenchmark.score(host.actual(), host.hostNumber()),
                SimulatedBenchmark.expected(registeredModel, registered.gpuCount()));
    }
}
