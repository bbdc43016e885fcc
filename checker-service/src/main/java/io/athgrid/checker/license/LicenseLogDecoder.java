package io.athgrid.checker.license;

import io.athgrid.chain.Addresses;
import io.athgrid.chain.ChainLog;
import io.athgrid.chain.LogDecoder;
import io.athgrid.chain.LogPosition;
import io.athgrid.contracts.generated.CheckerLicense;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.abi.EventEncoder;
import org.web3j.protocol.core.methods.response.Log;

/** Turns CheckerLicense's Transfer and UpdateUser logs into {@link LicenseChange}s for the chain follower. */
public final class LicenseLogDecoder implements LogDecoder {

    private static final Logger log = LoggerFactory.getLogger(LicenseLogDecoder.class);

    static final String TRANSFER_TOPIC = EventEncoder.encode(CheckerLicense.TRANSFER_EVENT).toLowerCase(Locale.ROOT);
    static final String UPDATE_USER_TOPIC = EventEncoder.encode(CheckerLicense.UPDATEUSER_EVENT)
            .toLowerCase(Locale.ROOT);

    private final String licenseContract;

    public LicenseLogDecoder(String licenseContract) {
        this.licenseContract = Addresses.lower(licenseContract);
    }

    @Override
    public List<String> topics() {
        return List.of(TRANSFER_TOPIC, UPDATE_USER_TOPIC);
    }

    @Override
    public Optional<ChainLog> decode(Log entry, Instant blockTime) {
        if (entry.getAddress() == null || !licenseContract.equals(entry.getAddress().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        try {
            return LicenseChange.decode(entry).map(change -> new ChainLog(position(entry, blockTime),
                    change instanceof LicenseChange.Transferred ? "Transfer" : "UpdateUser", change));
        } catch (RuntimeException e) {
            // A log CheckerLicense cannot emit (a token id beyond a long, topics missing): mirror
            // nothing, and say so.
            log.warn("skipped undecodable CheckerLicense log {} #{} in block {}: {}", entry.getTransactionHash(),
                    entry.getLogIndexRaw(), entry.getBlockNumberRaw(), e.toString());
            return Optional.empty();
        }
    }

    private static LogPosition position(Log entry, Instant blockTime) {
        return new LogPosition(entry.getBlockNumber().longValueExact(), entry.getBlockHash().toLowerCase(Locale.ROOT),
                blockTime, entry.getTransactionHash().toLowerCase(Locale.ROOT), entry.getLogIndex().intValueExact());
    }
}
