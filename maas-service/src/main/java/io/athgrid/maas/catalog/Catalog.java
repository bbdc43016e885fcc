package io.athgrid.maas.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The model catalog's use cases: operators add and retire models; everyone reads them. Deployments
 * use {@link #find} and {@link CatalogModel#fitsOn} to place replicas.
 */
public class Catalog {

    private final CatalogStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Catalog(CatalogStore store, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Adds an active model; refuses invalid ones and ids the catalog holds in any case, writing nothing. */
    public CatalogModel add(ModelRequest request) {
        CatalogModel model = ModelRules.newModel(request, now());
        return transaction.execute(status -> {
            if (!store.insertIfAbsent(model)) {
                throw new DuplicateModelException(model.id(), store.idInAnyCase(model.id()).orElse(model.id().value()));
            }
            return model;
        });
    }

    /** Retires an active model: it is no longer listed to enterprises, but stays readable. */
    public CatalogModel retire(ModelId id) {
        return transaction.execute(status -> {
            CatalogModel retired = store.findForUpdate(id)
                    .orElseThrow(() -> new ModelNotFoundException(id.value()))
                    .retire(now());
            store.markRetired(retired);
            return retired;
        });
    }

    /** Microseconds, as PostgreSQL keeps them, so an answer shows what a later read shows. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The model with exactly this id, active or retired. */
    public Optional<CatalogModel> find(ModelId id) {
        return store.find(id);
    }

    /** Active models by id; retired ones too when asked. */
    public List<CatalogModel> list(boolean includeRetired) {
        return store.list(includeRetired);
    }
}
