package io.athgrid.agent.simulation.checker;

import java.time.Instant;

/** A checker license on chain: its token id, its owner, and the burner wallet it is delegated to until {@code expires}. */
public record DelegatedLicense(long licenseId, String owner, String user, Instant expires) {
}
