package io.athgrid.checker.slash;

import static io.athgrid.checker.Rows.instant;
import static io.athgrid.checker.Rows.numeric;
import static io.athgrid.checker.Rows.ts;

import io.athgrid.checker.Rows;
import io.athgrid.checker.slashing.Dispute;
import io.athgrid.checker.slashing.SlashProposal;
import io.athgrid.checker.slashing.SlashReason;
import io.athgrid.checker.slashing.SlashState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Slash proposals with their evidence; every method runs in the caller's transaction. */
public class SlashStore {

    private static final String COLUMNS = """
            slash_id, container_id, owner, reason, amount_wei, evidence_hash, evidence_canonical,
            evidence::text as evidence, affected_from, affected_to, proposed_at, dispute_window_ends, state,
            disputed_by, disputed_at, dispute_statement, resolved_by, resolved_at, resolution, executed_at""";

    private final JdbcClient jdbc;

    public SlashStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the slash was proposed before (its id comes from the container and the fault). */
    public boolean insert(StoredSlash slash) {
        SlashProposal proposal = slash.proposal();
        return jdbc.sql("""
                        insert into slash_proposal (slash_id, container_id, owner, reason, amount_wei, evidence_hash,
                            evidence_canonical, evidence, affected_from, affected_to, proposed_at, dispute_window_ends, state)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)
                        on conflict (slash_id) do nothing""")
                .params(proposal.slashId(), proposal.containerId(), proposal.owner(), proposal.reason().name(),
                        numeric(proposal.amountWei()), proposal.evidenceHash(), slash.evidenceCanonical(),
                        slash.evidenceJson(), ts(slash.affectedFrom()), ts(slash.affectedTo()),
                        ts(proposal.proposedAt()), ts(proposal.disputeWindowEnds()), proposal.state().name())
                .update() == 1;
    }

    /** Writes the proposal's state, dispute and execution. */
    public void update(SlashProposal proposal) {
        Dispute dispute = proposal.dispute();
        jdbc.sql("""
                        update slash_proposal set state = ?, disputed_by = ?, disputed_at = ?, dispute_statement = ?,
                            resolved_by = ?, resolved_at = ?, resolution = ?, executed_at = ?
                        where slash_id = ?""")
                .params(proposal.state().name(), dispute == null ? null : dispute.by(),
                        dispute == null ? null : ts(dispute.at()), dispute == null ? null : dispute.statement(),
                        dispute == null ? null : dispute.resolvedBy(), dispute == null ? null : ts(dispute.resolvedAt()),
                        dispute == null ? null : dispute.resolution(), ts(proposal.executedAt()), proposal.slashId())
                .update();
    }

    public Optional<StoredSlash> find(String slashId) {
        return jdbc.sql("select " + COLUMNS + " from slash_proposal where slash_id = ?")
                .param(slashId)
                .query(SlashStore::slash)
                .optional();
    }

    public Optional<StoredSlash> lock(String slashId) {
        return jdbc.sql("select " + COLUMNS + " from slash_proposal where slash_id = ? for update")
                .param(slashId)
                .query(SlashStore::slash)
                .optional();
    }

    /**
     * Newest first, filtered by whichever of owner, container and state is given (null: any).
     */
    public List<StoredSlash> search(String owner, String containerId, SlashState state, int limit) {
        return jdbc.sql("""
                        select %s from slash_proposal
                        where (cast(:owner as text) is null or owner = :owner)
                          and (cast(:container as text) is null or container_id = :container)
                          and (cast(:state as text) is null or state = :state)
                        order by proposed_at desc, slash_id limit :limit""".formatted(COLUMNS))
                .param("owner", owner)
                .param("container", containerId)
                .param("state", state == null ? null : state.name())
                .param("limit", limit)
                .query(SlashStore::slash)
                .list();
    }

    /** Proposals undisputed or upheld whose dispute window has passed. */
    public List<String> executable(Instant now, int limit) {
        return jdbc.sql("""
                        select slash_id from slash_proposal
                        where state in ('PROPOSED', 'UPHELD') and dispute_window_ends <= ?
                        order by dispute_window_ends limit ?""")
                .params(ts(now), limit)
                .query(String.class)
                .list();
    }

    static StoredSlash slash(ResultSet rs, int row) throws SQLException {
        String disputedBy = rs.getString("disputed_by");
        Dispute dispute = disputedBy == null ? null : new Dispute(disputedBy, instant(rs, "disputed_at"),
                rs.getString("dispute_statement"), rs.getString("resolved_by"), instant(rs, "resolved_at"),
                rs.getString("resolution"));
        SlashProposal proposal = new SlashProposal(rs.getString("slash_id"), rs.getString("container_id"),
                rs.getString("owner"), SlashReason.valueOf(rs.getString("reason")), Rows.wei(rs, "amount_wei"),
                rs.getString("evidence_hash"), instant(rs, "proposed_at"), instant(rs, "dispute_window_ends"),
                SlashState.valueOf(rs.getString("state")), dispute, instant(rs, "executed_at"));
        return new StoredSlash(proposal, rs.getString("evidence_canonical"), rs.getString("evidence"),
                instant(rs, "affected_from"), instant(rs, "affected_to"));
    }
}
