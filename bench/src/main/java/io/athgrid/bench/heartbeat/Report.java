package io.athgrid.bench.heartbeat;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The figures of a run, printed as a Markdown table to paste into the README. */
final class Report {

    private final List<String[]> lines = new ArrayList<>();

    void line(String what, String figure) {
        lines.add(new String[] {what, figure});
        System.out.println("[bench] " + what + ": " + figure);
    }

    void print(PrintStream out) {
        out.println();
        out.println("| measure | figure |");
        out.println("| --- | --- |");
        lines.forEach(line -> out.println("| " + line[0] + " | " + line[1] + " |"));
    }
}
