package io.athgrid.protocol.signature;

import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Hash;

/** EIP-191 version 0x45 ("personal_sign"): the hash a wallet signs for a text message. */
public final class PersonalMessages {

    private PersonalMessages() {
    }

    public static byte[] hash(String text) {
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        byte[] prefix = ("\u0019Ethereum Signed Message:\n" + message.length).getBytes(StandardCharsets.UTF_8);
        byte[] prefixed = new byte[prefix.length + message.length];
        System.arraycopy(prefix, 0, prefixed, 0, prefix.length);
        System.arraycopy(message, 0, prefixed, prefix.length, message.length);
        return Hash.sha3(prefixed);
    }
}
