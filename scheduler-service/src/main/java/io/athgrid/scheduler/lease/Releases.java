package io.athgrid.scheduler.lease;

import io.athgrid.scheduler.matching.IndexerClient;
import io.athgrid.scheduler.matching.IndexerUnavailableException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/** Tells the Indexer about the reservations queued for release; what fails stays queued for the next run. */
public class Releases {

    private static final Logger log = LoggerFactory.getLogger(Releases.class);

    private final ReleaseQueue queue;
    private final IndexerClient indexer;
    private final TransactionTemplate transaction;
    private final int batch;

    public Releases(ReleaseQueue queue, IndexerClient indexer, TransactionTemplate transaction, int batch) {
        this.queue = queue;
        this.indexer = indexer;
        this.transaction = transaction;
        this.batch = batch;
    }

    /**
     * Releases everything queued, batch after batch, until the queue is empty or the Indexer stops
     * answering: one batch a run would cap releases at a batch per interval, and under load the cancelled
     * and ended jobs' capacity would stay reserved behind it. Returns how many were released.
     */
    public int releasePending() {
        int released = 0;
        List<UUID> pending;
        do {
            pending = transaction.execute(status -> queue.pending(batch));
            for (UUID reservationId : pending) {
                try {
                    indexer.release(reservationId);
                } catch (IndexerUnavailableException e) {
                    log.warn("reservation {} not released now: {}", reservationId, e.getMessage());
                    return released;
                }
                transaction.executeWithoutResult(status -> queue.released(reservationId));
                released++;
            }
        } while (pending.size() == batch);
        return released;
    }
}
