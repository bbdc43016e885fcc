package io.athgrid.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The athgrid node agent. Its modes (provider host, simulated fleet, checker) are subcommands;
 * each arrives with the capability that needs it.
 */
@Command(name = "node-agent", mixinStandardHelpOptions = true, versionProvider = NodeAgent.Version.class,
        description = "Runs on a GPU host or a checker node and connects it to an athgrid platform.")
public final class NodeAgent implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new NodeAgent());
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
