package io.athgrid.staking.chain;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * The {@code bytes32 containerId} of ContainerBonds for a registry container id (a UUID): its 16
 * bytes, big-endian, right-aligned behind 16 zero bytes. Reversible, so a bond event names the
 * registry's container without a lookup table.
 */
public final class ContainerIdBytes {

    private ContainerIdBytes() {
    }

    public static byte[] toBytes32(String containerId) {
        UUID id = UUID.fromString(containerId);
        return ByteBuffer.allocate(32)
                .putLong(16, id.getMostSignificantBits())
                .putLong(24, id.getLeastSignificantBits())
                .array();
    }

    /** The container id, or {@code null} when the bytes are not a right-aligned UUID (a bond nobody registered). */
    public static String fromBytes32(byte[] bytes) {
        if (bytes.length != 32) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (buffer.getLong(0) != 0 || buffer.getLong(8) != 0) {
            return null;
        }
        return new UUID(buffer.getLong(16), buffer.getLong(24)).toString();
    }
}
