package io.athgrid.chain;

import java.util.Locale;
import java.util.regex.Pattern;

/** EVM addresses as athgrid stores and compares them: lower-case 0x hex, 20 bytes. */
public final class Addresses {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private Addresses() {
    }

    public static boolean isAddress(String value) {
        return value != null && ADDRESS.matcher(value).matches();
    }

    /** The address in lower case; checksummed (EIP-55) input is accepted as any other case. */
    public static String lower(String address) {
        if (!isAddress(address)) {
            throw new IllegalArgumentException("not a 0x address: " + address);
        }
        return address.toLowerCase(Locale.ROOT);
    }
}
