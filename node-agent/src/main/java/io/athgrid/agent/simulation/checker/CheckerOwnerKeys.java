package io.athgrid.agent.simulation.checker;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * Owner wallets of SIMULATED checker licenses, derived from the seed: key i is
 * keccak256("athgrid-dev-checker-owner:&lt;seed&gt;:&lt;i&gt;") mod n. They are never the owners of a
 * simulated fleet's containers (those are anvil's dev accounts or {@code DevOwnerKeys}, derived
 * under another prefix): the platform gives no container to a license its owner controls, so
 * shared owners would leave checkers idle. Anyone who knows the seed knows the keys: never use
 * them for anything of value.
 */
public final class CheckerOwnerKeys {

    private CheckerOwnerKeys() {
    }

    public static List<ECKeyPair> derive(long seed, int count) {
        BigInteger order = Sign.CURVE_PARAMS.getN();
        List<ECKeyPair> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] hash = Hash.sha3(("athgrid-dev-checker-owner:" + seed + ":" + i).getBytes(StandardCharsets.UTF_8));
            keys.add(ECKeyPair.create(new BigInteger(1, hash).mod(order.subtract(BigInteger.ONE)).add(BigInteger.ONE)));
        }
        return keys;
    }
}
