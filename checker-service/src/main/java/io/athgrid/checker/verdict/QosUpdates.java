package io.athgrid.checker.verdict;

import io.athgrid.checker.qos.QosSample;
import io.athgrid.checker.qos.QosScore;
import io.athgrid.checker.referee.Verdict;
import io.athgrid.events.v1.QosScoreUpdated;
import io.athgrid.support.outbox.Outbox;
import java.util.OptionalInt;

/** Folds a verdict's sample into its container's score and announces the new score, in the verdict's transaction. */
public class QosUpdates {

    private final QosStore scores;
    private final Outbox outbox;
    private final int smoothingBasisPoints;

    public QosUpdates(QosStore scores, Outbox outbox, int smoothingBasisPoints) {
        this.scores = scores;
        this.outbox = outbox;
        this.smoothingBasisPoints = smoothingBasisPoints;
    }

    public void after(Verdict verdict) {
        OptionalInt sample = QosSample.of(verdict);
        if (sample.isEmpty()) {
            return;
        }
        QosScore current = scores.find(verdict.containerId()).map(QosStore.Scored::score).orElse(QosScore.none());
        QosScore next = current.withSample(sample.getAsInt(), smoothingBasisPoints);
        scores.save(verdict.containerId(), next, verdict.reachedAt());
        outbox.publish(new QosScoreUpdated(verdict.containerId(), verdict.containerOwner(), next.score(), next.samples(),
                sample.getAsInt(), verdict.jobId(), verdict.kind().name(), verdict.reachedAt()));
    }
}
