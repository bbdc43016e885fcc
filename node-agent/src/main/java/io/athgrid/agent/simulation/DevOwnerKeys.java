package io.athgrid.agent.simulation;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * Owner keys for DEVELOPMENT fleets, derived from the seed: key i is
 * keccak256("athgrid-dev-owner:&lt;seed&gt;:&lt;i&gt;") mod n. Anyone who knows the seed knows the keys:
 * never use them for anything of value.
 */
public final class DevOwnerKeys {

    private DevOwnerKeys() {
    }

    public static List<ECKeyPair> derive(long seed, int count) {
        BigInteger order = Sign.CURVE_PARAMS.getN();
        List<ECKeyPair> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] hash = Hash.sha3(("athgrid-dev-owner:" + seed + ":" + i).getBytes(StandardCharsets.UTF_8));
            BigInteger privateKey = new BigInteger(1, hash).mod(order.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            keys.add(ECKeyPair.create(privateKey));
        }
        return keys;
    }
}
