package io.athgrid.bench.settlement;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The run: a tree of {@code lines} reward lines built {@code runs} times (root and every proof),
 * stored once in PostgreSQL; on anvil, a root and claims for {@code recipients} accounts against
 * as many plain ERC-20 transfers; {@code compareRewardTree} also times the contracts module's
 * RewardTree on the same lines once.
 */
public record SettlementBenchmarkOptions(int lines, int runs, int recipients, boolean compareRewardTree) {

    private static final Set<String> KNOWN = Set.of("lines", "runs", "recipients", "compare-reward-tree");

    public static SettlementBenchmarkOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (pair.length != 2 || !KNOWN.contains(pair[0])) {
                throw new IllegalArgumentException("options are --name=value with name in " + KNOWN + ", not " + arg);
            }
            given.put(pair[0], pair[1]);
        }
        SettlementBenchmarkOptions options = new SettlementBenchmarkOptions(
                Integer.parseInt(given.getOrDefault("lines", "1000000")),
                Integer.parseInt(given.getOrDefault("runs", "3")),
                Integer.parseInt(given.getOrDefault("recipients", "1000")),
                Boolean.parseBoolean(given.getOrDefault("compare-reward-tree", "false")));
        if (options.lines < 1 || options.runs < 1 || options.recipients < 1) {
            throw new IllegalArgumentException("lines, runs and recipients are at least 1: " + options);
        }
        return options;
    }
}
