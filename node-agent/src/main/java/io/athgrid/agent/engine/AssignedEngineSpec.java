package io.athgrid.agent.engine;

import io.athgrid.agent.workload.EngineSpec;
import io.athgrid.protocol.engine.EngineAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link EngineSpec} an assignment asks for. The catalog writes an option and its value as one
 * entry ({@code --max-model-len 16384}); a process takes them as two arguments, so entries are split
 * at their first space. The context length and the tensor parallel size come from the assignment's
 * own fields, which the runtime sets on the command line; the same options in the engine args are
 * dropped when they agree and refused when they do not, since vLLM would take either.
 */
final class AssignedEngineSpec {

    static final String VLLM = "vllm";

    private AssignedEngineSpec() {
    }

    static EngineSpec of(EngineAssignment assignment) {
        if (!VLLM.equals(assignment.engine())) {
            throw new IllegalArgumentException("replica " + assignment.replicaId() + " asks for engine '" + assignment.engine()
                    + "'; this agent runs " + VLLM);
        }
        Map<String, Integer> setBySpec = Map.of("--max-model-len", assignment.maxModelLen(),
                "--tensor-parallel-size", assignment.gpus());
        return EngineSpec.of(assignment.servedModelName())
                .withWeights(assignment.weights())
                .withMaxModelLen(assignment.maxModelLen())
                .withGpus(assignment.gpus())
                .withEngineArgs(withoutSpecOptions(arguments(assignment.engineArgs()), setBySpec));
    }

    /** Each entry as process arguments: {@code --flag value} becomes two, {@code --flag=value} stays one. */
    static List<String> arguments(List<String> engineArgs) {
        List<String> arguments = new ArrayList<>();
        for (String entry : engineArgs) {
            int space = entry.indexOf(' ');
            if (entry.startsWith("--") && space > 0) {
                arguments.add(entry.substring(0, space));
                arguments.add(entry.substring(space + 1).strip());
            } else {
                arguments.add(entry);
            }
        }
        return arguments;
    }

    private static List<String> withoutSpecOptions(List<String> arguments, Map<String, Integer> setBySpec) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            int equals = argument.indexOf('=');
            String flag = equals > 0 ? argument.substring(0, equals) : argument;
            Integer expected = setBySpec.get(flag);
            if (expected == null) {
                rest.add(argument);
                continue;
            }
            String value;
            if (equals > 0) {
                value = argument.substring(equals + 1);
            } else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
                value = arguments.get(++i);
            } else {
                throw new IllegalArgumentException("the engine args give " + flag + " without a value");
            }
            if (!value.equals(String.valueOf(expected))) {
                throw new IllegalArgumentException("the engine args give " + flag + " " + value + " but the assignment "
                        + expected);
            }
        }
        return rest;
    }
}
