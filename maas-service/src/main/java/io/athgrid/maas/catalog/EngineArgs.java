package io.athgrid.maas.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The serving engine's command-line options for a model, one option per entry: {@code --flag},
 * {@code --flag value} or {@code --flag=value}, e.g. {@code --tensor-parallel-size 4}. Providers'
 * machines start the engine with them, so values are restricted to characters no shell or
 * argument parser reads specially, and options the deployment itself sets are refused.
 */
public record EngineArgs(List<String> options) {

    public static final String TENSOR_PARALLEL_SIZE = "--tensor-parallel-size";
    public static final String PIPELINE_PARALLEL_SIZE = "--pipeline-parallel-size";
    public static final String MAX_MODEL_LEN = "--max-model-len";
    public static final int MAX_OPTIONS = 32;
    public static final int MAX_OPTION_LENGTH = 200;

    private static final Pattern OPTION =
            Pattern.compile("(--[a-z0-9]+(?:-[a-z0-9]+)*)(?:[ =]([A-Za-z0-9._,:/+=@-]+))?");
    private static final Set<String> WHOLE_NUMBER_OPTIONS = Set.of(TENSOR_PARALLEL_SIZE, PIPELINE_PARALLEL_SIZE,
            MAX_MODEL_LEN);
    private static final int MAX_WHOLE_NUMBER = 100_000_000;
    private static final Map<String, String> REFUSED = Map.of(
            "--model", "is set by the deployment: the catalog id names the weights",
            "--served-model-name", "is set by the deployment: the model is served under its catalog id",
            "--host", "is set by the deployment",
            "--port", "is set by the deployment",
            "--api-key", "is set by the deployment",
            "--trust-remote-code", "would run code from the model repository on providers' machines");

    public EngineArgs {
        options = List.copyOf(options);
        List<Violation> violations = check(options);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("engine args: " + violations);
        }
    }

    public static EngineArgs none() {
        return new EngineArgs(List.of());
    }

    /** Every option that is malformed, refused or repeated, named {@code engineArgs[i]}; empty when all are fine. */
    public static List<Violation> check(List<String> options) {
        List<Violation> violations = new ArrayList<>();
        if (options.size() > MAX_OPTIONS) {
            violations.add(new Violation("engineArgs", "must hold at most " + MAX_OPTIONS + " options"));
            return violations;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String field = "engineArgs[" + i + "]";
            optionProblem(options.get(i), seen).ifPresent(problem -> violations.add(new Violation(field, problem)));
        }
        return violations;
    }

    private static Optional<String> optionProblem(String option, Set<String> seen) {
        if (option == null || option.isEmpty()) {
            return Optional.of("is required");
        }
        Matcher matcher = OPTION.matcher(option);
        if (option.length() > MAX_OPTION_LENGTH || !matcher.matches()) {
            return Optional.of("must be --flag, --flag value or --flag=value, at most " + MAX_OPTION_LENGTH
                    + " characters, the flag in lower case and the value of letters, digits and . _ , : / + = @ - "
                    + "only (no spaces, quotes or shell metacharacters)");
        }
        String flag = matcher.group(1);
        if (REFUSED.containsKey(flag)) {
            return Optional.of(flag + " " + REFUSED.get(flag));
        }
        if (!seen.add(flag)) {
            return Optional.of("repeats " + flag);
        }
        if (WHOLE_NUMBER_OPTIONS.contains(flag) && wholeNumber(matcher.group(2)).isEmpty()) {
            return Optional.of(flag + " takes a whole number 1 .. " + MAX_WHOLE_NUMBER);
        }
        return Optional.empty();
    }

    public boolean has(String flag) {
        return option(flag).isPresent();
    }

    /** The value given to {@code flag}, if the flag is present with one. */
    public Optional<String> value(String flag) {
        return option(flag).map(matcher -> matcher.group(2));
    }

    private Optional<Matcher> option(String flag) {
        return options.stream()
                .map(OPTION::matcher)
                .filter(matcher -> matcher.matches() && matcher.group(1).equals(flag))
                .findFirst();
    }

    /** The tensor parallel size the engine will use: as given, else the engine's default of 1. */
    public int tensorParallelSize() {
        return wholeNumber(value(TENSOR_PARALLEL_SIZE).orElse(null)).orElse(1);
    }

    public int pipelineParallelSize() {
        return wholeNumber(value(PIPELINE_PARALLEL_SIZE).orElse(null)).orElse(1);
    }

    /** The longest context the engine will serve, when the options limit it below the model's own. */
    public OptionalInt maxModelLen() {
        return wholeNumber(value(MAX_MODEL_LEN).orElse(null));
    }

    /** The options as separate process arguments, to start the engine without a shell. */
    public List<String> argv() {
        List<String> argv = new ArrayList<>();
        for (String option : options) {
            int space = option.indexOf(' ');
            if (space < 0) {
                argv.add(option);
            } else {
                argv.add(option.substring(0, space));
                argv.add(option.substring(space + 1));
            }
        }
        return argv;
    }

    private static OptionalInt wholeNumber(String text) {
        if (text == null || !text.matches("[0-9]{1,9}")) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text);
        return value >= 1 && value <= MAX_WHOLE_NUMBER ? OptionalInt.of(value) : OptionalInt.empty();
    }
}
