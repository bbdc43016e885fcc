package io.athgrid.agent.inventory;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * The hardware fingerprint a container registers with: keccak256 of the UTF-8 canonical string
 * <pre>
 * athgrid-fingerprint-v1
 * macs=&lt;MAC addresses, lower case aa:bb:.., sorted, comma-separated&gt;
 * cpu=&lt;CPU model name, trimmed&gt;
 * gpus=&lt;GPU serials, trimmed, sorted, comma-separated&gt;
 * </pre>
 * as {@code 0x} and 64 hex digits. Sorting makes it independent of the order the OS and the
 * driver list devices in; any changed, added or removed MAC, CPU or GPU changes it, which makes the
 * host a new container.
 */
public final class HardwareFingerprint {

    private HardwareFingerprint() {
    }

    public static String of(Collection<String> macAddresses, String cpuModel, Collection<String> gpuSerials) {
        return Numeric.toHexString(Hash.sha3(canonical(macAddresses, cpuModel, gpuSerials).getBytes(StandardCharsets.UTF_8)));
    }

    static String canonical(Collection<String> macAddresses, String cpuModel, Collection<String> gpuSerials) {
        String macs = String.join(",", macAddresses.stream().map(mac -> mac.strip().toLowerCase(Locale.ROOT)).sorted().toList());
        String serials = String.join(",", gpuSerials.stream().map(String::strip).sorted().toList());
        return "athgrid-fingerprint-v1\nmacs=" + macs + "\ncpu=" + cpuModel.strip() + "\ngpus=" + serials;
    }
}
