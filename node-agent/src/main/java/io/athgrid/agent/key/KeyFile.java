package io.athgrid.agent.key;

import io.athgrid.agent.AgentException;
import io.athgrid.protocol.signature.EthSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

/**
 * Private keys kept in files as {@code 0x} and 64 hex digits, one key a line. The file must be
 * readable by its owner only (0600 or 0400): a key in a file anyone else can read is refused, not
 * used.
 *
 * <p>Plain hex rather than an encrypted web3j wallet file because the agent starts unattended
 * (systemd, a container runtime): the wallet's password would have to sit in another file next to
 * it, which adds no protection over the file's permissions. Hex is also what wallets import and
 * anvil prints, so a provider can back the key up and inspect it with ordinary tools.
 */
public final class KeyFile {

    private static final Pattern HEX_KEY = Pattern.compile("(0x)?[0-9a-fA-F]{64}");
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private KeyFile() {
    }

    /** The key in {@code file}, created (with a fresh random key, mode 0600) if the file does not exist. */
    public static ECKeyPair readOrCreate(Path file) {
        if (!Files.exists(file)) {
            try {
                create(file);
            } catch (FileAlreadyExistsException raceWithAnotherAgent) {
                // Another process created it between the check and here: use its key.
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the key file " + file, e);
            }
        }
        return read(file);
    }

    /** The one key in {@code file}. */
    public static ECKeyPair read(Path file) {
        List<ECKeyPair> keys = readAll(file);
        if (keys.size() != 1) {
            throw new AgentException("the key file " + file + " must hold exactly one key, it holds " + keys.size());
        }
        return keys.get(0);
    }

    /** Every key in {@code file}, one a line (blank lines and lines starting with # are skipped). */
    public static List<ECKeyPair> readAll(Path file) {
        requireOwnerOnly(file);
        List<ECKeyPair> keys = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (!HEX_KEY.matcher(text).matches()) {
                    throw new AgentException("the key file " + file + " must hold private keys as 0x and 64 hex digits");
                }
                keys.add(ECKeyPair.create(Numeric.toBigInt(text)));
            }
        } catch (IOException e) {
            throw new AgentException("cannot read the key file " + file + ": " + e.getMessage(), e);
        }
        return keys;
    }

    /** The lower-case 0x address of a key. */
    public static String address(ECKeyPair key) {
        return EthSignature.addressOf(key.getPublicKey());
    }

    private static void create(Path file) throws IOException {
        ECKeyPair key;
        try {
            key = Keys.createEcKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("no secure random source for a new key", e);
        }
        // Created with its final permissions, so the key is never readable by others, not even briefly.
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, Numeric.toHexStringWithPrefixZeroPadded(key.getPrivateKey(), 64) + "\n",
                StandardCharsets.US_ASCII);
    }

    private static void requireOwnerOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AgentException("the key file " + file + " does not exist");
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new AgentException("cannot read the permissions of " + file + ": " + e.getMessage(), e);
        } catch (UnsupportedOperationException e) {
            throw new AgentException("the key file " + file + " is on a file system without POSIX permissions");
        }
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new AgentException("the key file " + file + " is readable or writable by others ("
                    + PosixFilePermissions.toString(permissions) + "); allow its owner only: chmod 600 " + file);
        }
    }
}
