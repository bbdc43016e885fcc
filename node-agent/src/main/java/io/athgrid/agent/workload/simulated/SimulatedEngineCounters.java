package io.athgrid.agent.workload.simulated;

/**
 * What a SIMULATED engine served so far.
 *
 * @param served generation requests answered in full
 * @param streamed of those, the ones answered as a stream
 * @param rejected requests answered with an error (nothing generated)
 * @param aborted answers the client left before their end
 * @param promptTokens prompt tokens of the served requests
 * @param completionTokens completion tokens of the served requests
 */
public record SimulatedEngineCounters(long served, long streamed, long rejected, long aborted, long promptTokens,
        long completionTokens) {

    @Override
    public String toString() {
        return served + " served (" + streamed + " streamed), " + rejected + " rejected, " + aborted + " aborted, "
                + promptTokens + " prompt and " + completionTokens + " completion tokens";
    }
}
