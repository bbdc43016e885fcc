package io.athgrid.registry.bond;

/** Where a chain log sits: its block and its index in the block; kept with a bond to say which log set it. */
public record ChainPosition(long blockNumber, int logIndex) {

    @Override
    public String toString() {
        return blockNumber + ":" + logIndex;
    }
}
