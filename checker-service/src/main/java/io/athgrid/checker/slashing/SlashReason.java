package io.athgrid.checker.slashing;

/** Why a container is slashed; the names {@code SlashExecuted} carries. */
public enum SlashReason {
    /** Offline while running customer work. */
    OFFLINE_WHILE_SERVING,
    /** Offline while held for a reserved (pre-booked) order, even if idle at the moment. */
    OFFLINE_WHILE_RESERVED,
    /** The hardware is not what was registered: another GPU model, fewer GPUs, less VRAM. */
    CAPACITY_FRAUD,
    /** The registered hardware is there but performs far below its promise. */
    UNDER_DELIVERY
}
