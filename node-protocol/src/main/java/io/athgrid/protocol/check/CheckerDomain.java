package io.athgrid.protocol.check;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The EIP-712 domain check reports are signed in: {@code {name: "athgrid Checker", version: "1",
 * chainId, verifyingContract}}, the contract being the CheckerLicense NFT whose licenses sign. A
 * report signed for one chain or license contract does not verify on another.
 */
public record CheckerDomain(long chainId, String licenseContract) {

    public static final String NAME = "athgrid Checker";
    public static final String VERSION = "1";

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    public CheckerDomain {
        if (chainId <= 0) {
            throw new IllegalArgumentException("a chain id is positive");
        }
        if (licenseContract == null || !ADDRESS.matcher(licenseContract).matches()) {
            throw new IllegalArgumentException("the license contract is a 0x address");
        }
        licenseContract = licenseContract.toLowerCase(Locale.ROOT);
    }
}
