package io.athgrid.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import io.athgrid.agent.cli.CheckerCommand;
import io.athgrid.agent.cli.FleetCommand;
import io.athgrid.agent.cli.KeyCommand;
import io.athgrid.agent.cli.RegistrationCommand;
import io.athgrid.agent.cli.RunCommand;
import io.athgrid.agent.cli.SimulateCheckersCommand;
import io.athgrid.agent.cli.SimulateCommand;
import io.athgrid.agent.cli.SimulateEngineCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The athgrid node agent. Its modes (provider host, simulated fleet, checker, simulated engine) are subcommands;
 * each arrives with the capability that needs it.
 */
@Command(name = "node-agent", mixinStandardHelpOptions = true, versionProvider = NodeAgent.Version.class,
        description = "Runs on a GPU host or a checker node and connects it to an athgrid platform.",
        subcommands = {KeyCommand.class, RegistrationCommand.class, RunCommand.class, SimulateCommand.class, FleetCommand.class,
                CheckerCommand.class, SimulateCheckersCommand.class, SimulateEngineCommand.class})
public final class NodeAgent implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One line per log record, unless the operator configured java.util.logging otherwise. */
    private static final String LOG_LINE = "%1$tFT%1$tT.%1$tLZ %4$-7s %5$s%6$s%n";

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", LOG_LINE);
        }
        // web3j (simulated checkers' license setup) logs through SLF4J, which has no backend here;
        // its debug chatter is not worth three "no providers" warning lines on every start.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new NodeAgent());
        // A problem the user can fix is one line on stderr and exit code 1, not a stack trace.
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (!(exception instanceof AgentException)) {
                throw exception;
            }
            line.getErr().println("node-agent: " + exception.getMessage());
            line.getErr().flush();
            return 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The build's version, so an operator can tell which agent a host runs. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = NodeAgent.class.getResourceAsStream("/node-agent.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"athgrid node-agent " + properties.getProperty("version")};
        }
    }
}
