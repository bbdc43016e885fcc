package io.athgrid.local;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/** What a person watching the local run start sees: each step, its outcome and how long it took. */
final class Progress {

    private final PrintStream out;
    private final boolean echo;

    Progress(PrintStream out, boolean echo) {
        this.out = out;
        this.echo = echo;
    }

    <T> T step(String what, Supplier<T> action, Function<T, String> outcome) {
        long started = System.nanoTime();
        print(String.format(Locale.ROOT, "  ... %s", what));
        T result = action.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        print(String.format(Locale.ROOT, "  ok  %-22s %s (%.1f s)", what, outcome.apply(result), seconds));
        return result;
    }

    void print(String line) {
        if (echo) {
            out.println(line);
        }
    }
}
