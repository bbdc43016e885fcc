package io.athgrid.protocol.check;

import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * What a checker measured for one job. Its {@link #canonical()} form holds only what honest
 * checkers agree on (flags, names, counts, and measurements as {@link Bands}); its
 * {@link #resultHash()} is what checkers sign and what the referee groups reports by.
 */
public sealed interface CheckResult permits LivenessResult, QoeResult, CapacityResult {

    /** The version of the canonical form; it starts every canonical string. */
    String CANONICAL_VERSION = "athgrid-check/1";

    CheckKind kind();

    /**
     * The canonical form: {@code athgrid-check/1;kind=<KIND>} followed by {@code ;name=value} pairs
     * in a fixed order, ASCII only.
     */
    String canonical();

    /** {@code 0x} + keccak256 of the UTF-8 canonical form, 64 lower-case hex digits. */
    default String resultHash() {
        return hashOf(canonical());
    }

    static String hashOf(String canonical) {
        return Numeric.toHexString(Hash.sha3(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    static String prefix(CheckKind kind) {
        return CANONICAL_VERSION + ";kind=" + kind.name();
    }
}
