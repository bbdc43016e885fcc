package io.athgrid.bench.heartbeat;

/** A signed heartbeat and when to send it ({@code dueMillis}, epoch milliseconds; 0 = at once). */
record PlannedHeartbeat(SimulatedNode node, long dueMillis, String path, String body) {
}
