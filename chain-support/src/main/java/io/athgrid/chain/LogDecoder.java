package io.athgrid.chain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.web3j.protocol.core.methods.response.Log;

/** Turns a followed contract's logs into the changes a {@link LogMirror} applies; what it does not know decodes to nothing. */
public interface LogDecoder {

    /** The event signature topics the follower asks eth_getLogs for. */
    List<String> topics();

    Optional<ChainLog> decode(Log log, Instant blockTime);
}
