package io.athgrid.checker.slash;

import io.athgrid.checker.container.CheckedContainer;
import io.athgrid.checker.container.ContainerStore;
import io.athgrid.checker.container.StakeRequirements;
import io.athgrid.checker.job.JobStore;
import io.athgrid.checker.job.StoredJob;
import io.athgrid.checker.referee.AdmittedReport;
import io.athgrid.checker.referee.Outcome;
import io.athgrid.checker.referee.Verdict;
import io.athgrid.checker.report.ReportStore;
import io.athgrid.checker.slashing.Evidence;
import io.athgrid.checker.slashing.EvidenceVerdict;
import io.athgrid.checker.slashing.OfflineEpisode;
import io.athgrid.checker.slashing.Penalty;
import io.athgrid.checker.slashing.SlashPolicy;
import io.athgrid.checker.slashing.SlashProposal;
import io.athgrid.events.v1.SlashProposed;
import io.athgrid.protocol.check.CapacityResult;
import io.athgrid.protocol.check.CheckKind;
import io.athgrid.protocol.check.CheckerDomain;
import io.athgrid.support.outbox.Outbox;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns quorum-backed failures into slash proposals, in the verdict's transaction. Liveness
 * verdicts feed the container's {@link OfflineEpisode}: once it asks for a slash, the status the
 * container had when it stopped answering prices it ({@link SlashPolicy#offline}: SERVING 1/3 K x SC;
 * STANDBY only loses capacity rewards, which the FAILED verdicts with status STANDBY already tell).
 * A failed capacity check is priced by {@link SlashPolicy#capacity}. Every proposal carries its
 * {@link Evidence} (the failed verdicts and every counted signed report), is checked with
 * {@link Evidence#problems} before it is made, and is announced with {@code SlashProposed}. Its id
 * comes from the container and the first failure, so deciding the same fault twice proposes once.
 */
public class SlashProposing {

    private static final Logger log = LoggerFactory.getLogger(SlashProposing.class);

    private final EpisodeStore episodes;
    private final SlashStore slashes;
    private final VerdictHistory verdicts;
    private final JobStore jobs;
    private final ReportStore reports;
    private final ContainerStore containers;
    private final StakeRequirements stakeRequirements;
    private final SlashPolicy policy;
    private final CheckerDomain domain;
    private final Outbox outbox;
    private final int failuresToSlash;
    private final Duration disputeWindow;

    public SlashProposing(EpisodeStore episodes, SlashStore slashes, VerdictHistory verdicts, JobStore jobs,
            ReportStore reports, ContainerStore containers, StakeRequirements stakeRequirements, SlashPolicy policy,
            CheckerDomain domain, Outbox outbox, int failuresToSlash, Duration disputeWindow) {
        this.episodes = episodes;
        this.slashes = slashes;
        this.verdicts = verdicts;
        this.jobs = jobs;
        this.reports = reports;
        this.containers = containers;
        this.stakeRequirements = stakeRequirements;
        this.policy = policy;
        this.domain = domain;
        this.outbox = outbox;
        this.failuresToSlash = failuresToSlash;
        this.disputeWindow = disputeWindow;
    }

    /** @param reports the reports the verdict counted */
    public void after(StoredJob job, Verdict verdict, List<AdmittedReport> reports, Instant now) {
        if (verdict.kind() == CheckKind.LIVENESS) {
            liveness(verdict, now);
        } else if (verdict.kind() == CheckKind.CAPACITY && verdict.outcome() == Outcome.FAILED) {
            capacity(job, verdict, now);
        }
    }

    private void liveness(Verdict verdict, Instant now) {
        Optional<EpisodeStore.Episode> stored = episodes.find(verdict.containerId());
        OfflineEpisode episode = stored.map(this::episode).orElse(OfflineEpisode.none());
        OfflineEpisode next = episode.after(verdict, failuresToSlash);
        if (next.equals(episode)) {
            return;
        }
        if (next.slashDue(failuresToSlash)) {
            List<Verdict> failures = next.failures();
            Verdict first = failures.get(0);
            Verdict last = failures.get(failures.size() - 1);
            container(verdict).ifPresent(container -> policy.offline(first.containerStatus(), false,
                            first.windowStart(), last.windowEnd(), stakeRequirements.of(container))
                    .filter(Penalty.Slash.class::isInstance)
                    .map(Penalty.Slash.class::cast)
                    .ifPresent(slash -> propose(container, slash, failures, first.windowStart(), last.windowEnd(), now)));
            next = next.slashProposed();
        }
        episodes.save(verdict.containerId(), new EpisodeStore.Episode(
                next.failures().stream().map(Verdict::jobId).toList(), next.slashAsked()));
    }

    private OfflineEpisode episode(EpisodeStore.Episode stored) {
        List<Verdict> failures = new ArrayList<>();
        for (String jobId : stored.failureJobIds()) {
            verdicts.find(jobId).ifPresent(failures::add);
        }
        return new OfflineEpisode(failures, stored.slashAsked());
    }

    private void capacity(StoredJob job, Verdict verdict, Instant now) {
        if (verdict.majorityResult().isEmpty()) {
            return;
        }
        CapacityResult majority = (CapacityResult) verdict.majorityResult().get();
        container(verdict).ifPresent(container -> policy.capacity(majority, job.registered(),
                        stakeRequirements.of(container))
                .filter(Penalty.Slash.class::isInstance)
                .map(Penalty.Slash.class::cast)
                .ifPresent(slash -> propose(container, slash, List.of(verdict), verdict.windowStart(),
                        verdict.windowEnd(), now)));
    }

    private Optional<CheckedContainer> container(Verdict verdict) {
        Optional<CheckedContainer> container = containers.find(verdict.containerId());
        if (container.isEmpty()) {
            log.warn("no slash for unknown container {}", verdict.containerId());
        }
        return container;
    }

    private void propose(CheckedContainer container, Penalty.Slash slash, List<Verdict> failures, Instant affectedFrom,
            Instant affectedTo, Instant now) {
        if (slash.amountWei().signum() <= 0) {
            log.warn("container {} has no stake requirement: its {} cannot be slashed", container.containerId(),
                    slash.reason());
            return;
        }
        Evidence evidence;
        try {
            evidence = new Evidence(container.containerId(), slash.reason(), slash.amountWei(),
                    failures.stream().map(this::evidenceOf).toList());
        } catch (IllegalArgumentException e) {
            // Ids the canonical text cannot carry; the verdict stands, the slash needs an operator.
            log.error("slash of container {} not proposed: {}", container.containerId(), e.getMessage());
            return;
        }
        List<String> problems = evidence.problems(domain);
        if (!problems.isEmpty()) {
            log.error("slash of container {} not proposed, its evidence does not hold: {}", container.containerId(),
                    problems);
            return;
        }
        String slashId = slashId(container.containerId(), failures.get(0).jobId());
        SlashProposal proposal = SlashProposal.propose(slashId, container.containerId(), container.owner(),
                slash.reason(), slash.amountWei(), evidence, now, disputeWindow);
        if (slashes.insert(new StoredSlash(proposal, evidence.canonical(), EvidenceJson.of(evidence), affectedFrom,
                affectedTo))) {
            outbox.publish(new SlashProposed(slashId, proposal.containerId(), proposal.owner(), proposal.reason().name(),
                    proposal.amountWei(), proposal.evidenceHash(), affectedFrom, affectedTo, proposal.proposedAt(),
                    proposal.disputeWindowEnds()));
        }
    }

    private EvidenceVerdict evidenceOf(Verdict verdict) {
        int seatsWanted = jobs.find(verdict.jobId()).map(stored -> stored.job().seatsWanted()).orElseThrow();
        return EvidenceVerdict.of(verdict, seatsWanted, reports.ofJob(verdict.jobId()));
    }

    static String slashId(String containerId, String firstJobId) {
        return UUID.nameUUIDFromBytes(("slash|" + containerId + "|" + firstJobId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
