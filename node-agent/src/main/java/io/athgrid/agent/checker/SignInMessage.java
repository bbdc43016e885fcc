package io.athgrid.agent.checker;

import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.PersonalMessages;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/**
 * The EIP-4361 (Sign-In with Ethereum) message a checker's wallet signs to sign in at the gateway,
 * written the way the gateway reads it: the platform's authority as the domain, its URL as the URI,
 * no statement line breaks, and the nonce the gateway issued.
 */
public final class SignInMessage {

    static final String STATEMENT = "Sign in to athgrid as a checker.";

    private SignInMessage() {
    }

    /** @param address the wallet's address (written EIP-55 checksummed, as wallets do) */
    public static String text(URI platform, String address, long chainId, String nonce, Instant issuedAt) {
        return platform.getRawAuthority() + " wants you to sign in with your Ethereum account:\n"
                + Keys.toChecksumAddress(address) + "\n\n"
                + STATEMENT + "\n\n"
                + "URI: " + platform + "\n"
                + "Version: 1\n"
                + "Chain ID: " + chainId + "\n"
                + "Nonce: " + nonce + "\n"
                + "Issued At: " + issuedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The personal_sign (EIP-191) signature of the message, 0x and 130 hex digits. */
    public static String sign(String text, ECKeyPair wallet) {
        return EthSignature.sign(PersonalMessages.hash(text), wallet).toHex();
    }
}
