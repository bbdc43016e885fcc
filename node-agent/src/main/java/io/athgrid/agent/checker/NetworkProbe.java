package io.athgrid.agent.checker;

import io.athgrid.protocol.check.CheckResult;

/**
 * The REAL probe: liveness over TCP, QoE over HTTP, against the container's public endpoint.
 * Capacity checks are not answered: they need the reference benchmark run on the host itself,
 * and there is no protocol yet for a checker to have a remote host run it; the unanswered seat
 * times out and the platform gives it to another checker.
 */
public final class NetworkProbe implements Probe {

    static final String NO_REMOTE_BENCHMARK = "capacity checks need a benchmark run on the host and there is no remote "
            + "benchmark protocol yet; not answered, the platform gives the seat to another checker";

    private final TcpLivenessProbe liveness;
    private final HttpQoeProbe qoe;

    public NetworkProbe(ProbeSettings settings) {
        this.liveness = new TcpLivenessProbe(settings, TcpLivenessProbe.SOCKETS);
        this.qoe = new HttpQoeProbe(settings, liveness);
    }

    @Override
    public CheckResult check(Assignment assignment) throws CannotCheckException {
        return switch (assignment.kind()) {
            case LIVENESS -> liveness.probe(ProbeTarget.of(assignment.endpoint()));
            case QOE -> qoe.probe(ProbeTarget.of(assignment.endpoint()));
            case CAPACITY -> throw new CannotCheckException(NO_REMOTE_BENCHMARK);
        };
    }
}
