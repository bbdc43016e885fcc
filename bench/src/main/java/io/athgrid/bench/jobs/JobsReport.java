package io.athgrid.bench.jobs;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures of a run, printed as Markdown tables to paste into the README. */
final class JobsReport {

    private final List<String[]> lines = new ArrayList<>();
    private final List<StepFigures> steps = new ArrayList<>();

    void line(String what, String figure) {
        lines.add(new String[] {what, figure});
        System.out.println("[bench] " + what + ": " + figure);
    }

    void step(StepFigures step) {
        steps.add(step);
        System.out.println("[bench] " + row(step));
        line("busiest threads at " + step.offeredRate() + " jobs/s", cpu(step.busiestThreads()));
    }

    void verdict(List<StepFigures> measured) {
        line("highest rate with p99 < 50 ms", measured.stream()
                .filter(step -> step.keptUp() && step.p99Millis() < 50)
                .mapToInt(StepFigures::offeredRate).max()
                .stream().mapToObj(rate -> rate + " jobs/s offered")
                .findFirst().orElse("none of the offered rates"));
    }

    private static String row(StepFigures step) {
        double[] latency = step.latencyMillis();
        return String.format("| %d | %.0f | %d | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f | %.1f | %s | %d | %s |",
                step.offeredRate(), step.matchedPerSecond(), step.orders(), latency[0], latency[1], latency[2],
                latency[3], step.answerP50Millis(), step.answerP99Millis(), step.senderLagP99Millis(),
                step.answers().entrySet().stream().map(answer -> answer.getKey() + ": " + answer.getValue())
                        .collect(Collectors.joining(", ")),
                step.unmatched(), cpu(step.cpuPercent()));
    }

    static String percentages(Map<String, Double> percent) {
        return cpu(percent);
    }

    private static String cpu(Map<String, Double> percent) {
        return percent.entrySet().stream()
                .map(use -> String.format("%s %.0f%%", use.getKey(), use.getValue()))
                .collect(Collectors.joining(", "));
    }

    void print(PrintStream out) {
        out.println();
        out.println("| measure | figure |");
        out.println("| --- | --- |");
        lines.forEach(line -> out.println("| " + line[0] + " | " + line[1] + " |"));
        out.println();
        out.println("| offered jobs/s | JobMatched/s | orders measured | p50 ms | p95 ms | p99 ms | max ms "
                + "| 201 answer p50 / p99 ms | sender lag p99 ms | answers | no JobMatched | CPU (% of one core) |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        steps.forEach(step -> out.println(row(step)));
    }
}
