package io.athgrid.checker.license;

import io.athgrid.chain.ChainChange;
import io.athgrid.contracts.generated.CheckerLicense;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.EventValues;
import org.web3j.abi.datatypes.Address;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.tx.Contract;

/**
 * One CheckerLicense log as the licenses table takes it: a transfer (mint from the zero address,
 * burn to it; any transfer ends the delegation) or an ERC-4907 delegation ({@code setUser}).
 */
public sealed interface LicenseChange extends ChainChange permits LicenseChange.Transferred, LicenseChange.UserUpdated {

    String ZERO_ADDRESS = Address.DEFAULT.getValue();

    /**
     * The last second of year 9999: a later ERC-4907 expiry (a uint64, often its maximum for "no
     * end") means the same to us and still fits a long, an {@code Instant} and a timestamptz.
     */
    long LATEST_EXPIRY = 253_402_300_799L;

    LogLocation log();

    long licenseId();

    /** ERC-721 {@code Transfer(from, to, tokenId)}. */
    record Transferred(LogLocation log, long licenseId, String from, String to) implements LicenseChange {

        public Transferred {
            from = from.toLowerCase(Locale.ROOT);
            to = to.toLowerCase(Locale.ROOT);
        }

        public boolean mint() {
            return ZERO_ADDRESS.equals(from);
        }

        public boolean burn() {
            return ZERO_ADDRESS.equals(to);
        }
    }

    /**
     * ERC-4907 {@code UpdateUser(tokenId, user, expires)}: the zero address removes the delegate.
     *
     * @param expires unix seconds; the user counts up to and including this second
     */
    record UserUpdated(LogLocation log, long licenseId, String user, long expires) implements LicenseChange {

        public UserUpdated {
            user = user.toLowerCase(Locale.ROOT);
        }

        public boolean removed() {
            return ZERO_ADDRESS.equals(user);
        }
    }

    static LicenseChange of(CheckerLicense.TransferEventResponse event) {
        return new Transferred(LogLocation.of(event.log), tokenId(event.tokenId), event.from, event.to);
    }

    static LicenseChange of(CheckerLicense.UpdateUserEventResponse event) {
        return new UserUpdated(LogLocation.of(event.log), tokenId(event.tokenId), event.user,
                event.expires.min(BigInteger.valueOf(LATEST_EXPIRY)).longValueExact());
    }

    /** The change a raw log of the CheckerLicense contract carries; empty for its other events. */
    static Optional<LicenseChange> decode(Log log) {
        if (log.getTopics() == null || log.getTopics().isEmpty()) {
            return Optional.empty();
        }
        String topic = log.getTopics().get(0);
        if (topic.equalsIgnoreCase(EventEncoder.encode(CheckerLicense.TRANSFER_EVENT))) {
            EventValues values = Contract.staticExtractEventParameters(CheckerLicense.TRANSFER_EVENT, log);
            CheckerLicense.TransferEventResponse event = new CheckerLicense.TransferEventResponse();
            event.log = log;
            event.from = (String) values.getIndexedValues().get(0).getValue();
            event.to = (String) values.getIndexedValues().get(1).getValue();
            event.tokenId = (BigInteger) values.getIndexedValues().get(2).getValue();
            return Optional.of(of(event));
        }
        if (topic.equalsIgnoreCase(EventEncoder.encode(CheckerLicense.UPDATEUSER_EVENT))) {
            EventValues values = Contract.staticExtractEventParameters(CheckerLicense.UPDATEUSER_EVENT, log);
            CheckerLicense.UpdateUserEventResponse event = new CheckerLicense.UpdateUserEventResponse();
            event.log = log;
            event.tokenId = (BigInteger) values.getIndexedValues().get(0).getValue();
            event.user = (String) values.getIndexedValues().get(1).getValue();
            event.expires = (BigInteger) values.getNonIndexedValues().get(0).getValue();
            return Optional.of(of(event));
        }
        return Optional.empty();
    }

    private static long tokenId(BigInteger tokenId) {
        return tokenId.longValueExact();
    }
}
