package io.athgrid.maas.engine;

import io.athgrid.protocol.engine.EngineCall;
import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.InvalidSignatureException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a node's call about its engines must look like before anything is looked up: ids as the platform
 * writes them, a well-formed signature, a positive sequence and, for a report, a valid endpoint where engines
 * may answer ({@link EngineAddresses}). Whether
 * the signature is the container's, the call recent and its sequence new is decided after.
 */
public final class EngineCallRules {

    /** Registry container ids are UUIDs; this admits them and stays within the columns that hold them. */
    private static final Pattern CONTAINER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern REPLICA_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private EngineCallRules() {
    }

    /**
     * Every malformed part of {@code call} signed by {@code signature}, a reported endpoint checked against
     * {@code addresses}; empty when it is well-formed.
     */
    public static List<CallProblem> problems(EngineCall call, String signature, EngineAddresses addresses) {
        List<CallProblem> problems = new ArrayList<>();
        if (!CONTAINER_ID.matcher(call.containerId()).matches()) {
            problems.add(new CallProblem("containerId", "must be a container id: letters, digits, '.', '_' and '-', "
                    + "at most 64 characters"));
        }
        if (call.action().equals(EngineCall.REPORT)) {
            if (!REPLICA_ID.matcher(call.replicaId()).matches()) {
                problems.add(new CallProblem("replicaId", "must be a replica id: letters, digits, '.', '_' and '-', "
                        + "at most 80 characters"));
            }
            EngineEndpoints.problem(call.endpoint())
                    .or(() -> addresses.problem(URI.create(call.endpoint())))
                    .ifPresent(problem -> problems.add(new CallProblem("endpoint", problem)));
        }
        if (call.sequence() < 1) {
            problems.add(new CallProblem("sequence", "must be a positive number, above that of the container's last call"));
        }
        try {
            EthSignature.parse(signature);
        } catch (InvalidSignatureException e) {
            problems.add(new CallProblem("signature", e.getMessage()));
        }
        return problems;
    }
}
