package io.athgrid.gateway.identity;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id the application assigns: tells Spring Data it is new until stored, so saving
 * inserts at once instead of first selecting to decide between insert and merge.
 */
@MappedSuperclass
public abstract class NewEntity<ID> implements Persistable<ID> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
