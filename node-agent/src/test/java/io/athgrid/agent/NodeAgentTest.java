package io.athgrid.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NodeAgentTest {

    @Test
    void reports_the_version_it_was_built_as() {
        StringWriter out = new StringWriter();
        CommandLine agent = NodeAgent.commandLine();
        agent.setOut(new PrintWriter(out));

        int exit = agent.execute("--version");

        assertThat(exit).isZero();
        // The build's version, filtered in (picocli would print an unresolved placeholder as "null").
        assertThat(out.toString().strip()).matches("athgrid node-agent \\d+\\.\\d+\\.\\d+.*").doesNotContain("null", "@");
    }

    @Test
    void an_unknown_option_is_refused_with_usage() {
        StringWriter err = new StringWriter();
        CommandLine agent = NodeAgent.commandLine();
        agent.setErr(new PrintWriter(err));

        int exit = agent.execute("--no-such-option");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").contains("Usage: node-agent");
    }
}
