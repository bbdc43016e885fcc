package io.athgrid.support.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

@Entity
public class Account {

    @Id
    private UUID id;
    private String owner;
    private Instant openedAt;

    protected Account() {
    }

    public Account(UUID id, String owner, Instant openedAt) {
        this.id = id;
        this.owner = owner;
        this.openedAt = openedAt;
    }

    public UUID getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }
}
