package io.athgrid.protocol.signature;

import fr.acinq.secp256k1.Secp256k1;

/**
 * libsecp256k1 (Bitcoin Core's library, ACINQ's JNI build for Linux, macOS and Windows), when it
 * loads in this JVM; about four times faster than Bouncy Castle, which serves where it does not.
 */
final class NativeSecp256k1 {

    /** Null where no native build loads. */
    static final Secp256k1 LIBRARY = load();

    private NativeSecp256k1() {
    }

    private static Secp256k1 load() {
        try {
            return Secp256k1.Companion.get();
        } catch (RuntimeException | LinkageError e) {
            System.getLogger(NativeSecp256k1.class.getName()).log(System.Logger.Level.WARNING,
                    "libsecp256k1 did not load (" + e + "); signatures are checked in Java, more slowly");
            return null;
        }
    }
}
