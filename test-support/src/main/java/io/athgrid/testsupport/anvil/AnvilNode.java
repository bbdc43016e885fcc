package io.athgrid.testsupport.anvil;

import io.athgrid.testsupport.host.ChildProcess;
import io.athgrid.testsupport.host.FreePorts;
import io.athgrid.testsupport.host.ShutdownHooks;
import io.athgrid.testsupport.host.TempDirectories;
import io.athgrid.testsupport.host.Waiting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local EVM chain (anvil, chain id 421614 like Arbitrum Sepolia) in a child process. Its state
 * is written to a file when it stops, so {@link #restart()} brings the same chain back on the
 * same port: tests use that to simulate an RPC outage.
 */
public final class AnvilNode implements AutoCloseable {

    public static final long CHAIN_ID = 421_614L;

    private static final Logger log = LoggerFactory.getLogger(AnvilNode.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final int START_ATTEMPTS = 5;
    private static AnvilNode shared;

    private final Path binary;
    private final int port;
    private final Path stateDirectory;
    private final boolean temporaryState;
    /** Interval mining on top of automine, or null for automine alone. */
    private final Duration blockTime;
    private final AnvilRpc rpc;
    private ChildProcess process;

    private AnvilNode(Path binary, int port, Path stateDirectory, boolean temporaryState, Duration blockTime) {
        this.binary = binary;
        this.port = port;
        this.stateDirectory = stateDirectory;
        this.temporaryState = temporaryState;
        this.blockTime = blockTime;
        this.rpc = new AnvilRpc(URI.create(rpcUrl()));
    }

    /** The node tests share in this JVM, on a free port, stopped at exit. */
    public static synchronized AnvilNode shared() {
        if (shared == null) {
            shared = start(0);
            log.info("anvil for this JVM: {} (chain id {})", shared.rpcUrl(), CHAIN_ID);
        }
        return shared;
    }

    /** Starts a node with a fresh chain; port 0 picks a free port. Its state is deleted at close. */
    public static AnvilNode start(int port) {
        return launch(port, TempDirectories.create("athgrid-anvil-"), true, null);
    }

    /**
     * Starts a node with a fresh chain that also mines an empty block every {@code blockTime}, as a
     * live chain does: followers waiting for confirmations, or for a block after some instant, see
     * the chain move even when nobody transacts. Transactions are still mined at once.
     */
    public static AnvilNode startMining(int port, Duration blockTime) {
        return launch(port, TempDirectories.create("athgrid-anvil-"), true, blockTime);
    }

    /**
     * Starts a node whose chain is kept in {@code stateDirectory}/state.json, loaded at start and
     * saved at stop and every ten seconds: for the local run, whose database remembers contracts.
     */
    public static AnvilNode start(int port, Path stateDirectory) {
        try {
            Files.createDirectories(stateDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + stateDirectory, e);
        }
        return launch(port, stateDirectory, false, null);
    }

    private static AnvilNode launch(int port, Path stateDirectory, boolean temporaryState, Duration blockTime) {
        AnvilNode node = new AnvilNode(AnvilBinary.resolve(), FreePorts.orNext(port), stateDirectory, temporaryState,
                blockTime);
        ShutdownHooks.register("anvil-" + node.port, node::release);
        node.startProcess();
        return node;
    }

    public String rpcUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long chainId() {
        return CHAIN_ID;
    }

    public int port() {
        return port;
    }

    /** Private keys (0x-prefixed hex) of the ten funded dev accounts, in anvil's order. */
    public List<String> devPrivateKeys() {
        return DevAccounts.PRIVATE_KEYS;
    }

    /** Addresses of the ten funded dev accounts, matching {@link #devPrivateKeys()}. */
    public List<String> devAddresses() {
        return DevAccounts.ADDRESSES;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the node (the RPC URL stops answering); its chain is saved for {@link #restart()}. */
    public synchronized void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    /** Stops the node if it runs and starts it again on the same port with the saved chain. */
    public synchronized void restart() {
        stop();
        startProcess();
    }

    /** Stops the node and deletes a temporary chain; the shared node only stops at JVM exit. */
    @Override
    public void close() {
        synchronized (AnvilNode.class) {
            if (this == shared) {
                return;
            }
        }
        release();
    }

    private void release() {
        stop();
        if (temporaryState) {
            TempDirectories.deleteQuietly(stateDirectory);
        }
    }

    private synchronized void startProcess() {
        String lastOutput = "";
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            ChildProcess started = ChildProcess.start("anvil", command(), stateDirectory.resolve("anvil.log"));
            if (Waiting.until(() -> rpc.chainIdOrMinusOne() == CHAIN_ID, started::isAlive, STARTUP_TIMEOUT)) {
                process = started;
                return;
            }
            boolean hung = started.isAlive();
            started.stop();
            lastOutput = started.logTail();
            if (hung) {
                break;
            }
            // It exited: most likely the port of a node stopped a moment ago is still held briefly.
            sleepQuietly(Duration.ofMillis(300L * attempt));
        }
        throw new IllegalStateException("anvil did not answer eth_chainId at " + rpcUrl() + ". Its last output ("
                + stateDirectory.resolve("anvil.log") + "):\n" + lastOutput);
    }

    private List<String> command() {
        List<String> command = new ArrayList<>(List.of(
                binary.toString(),
                "--host", "127.0.0.1",
                "--port", String.valueOf(port),
                "--chain-id", String.valueOf(CHAIN_ID),
                "--mnemonic", DevAccounts.MNEMONIC,
                "--state", stateDirectory.resolve("state.json").toString()));
        if (blockTime != null) {
            command.addAll(List.of("--block-time", String.valueOf(Math.max(1, blockTime.toSeconds())), "--mixed-mining"));
        }
        if (!temporaryState) {
            // Survives a kill -9 of the local run with at most ten seconds of chain lost.
            command.addAll(List.of("--state-interval", "10"));
        }
        return command;
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "AnvilNode[" + rpcUrl() + ", state in " + stateDirectory + "]";
    }
}
