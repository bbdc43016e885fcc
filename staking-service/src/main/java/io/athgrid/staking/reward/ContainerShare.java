package io.athgrid.staking.reward;

import java.util.Comparator;
import java.util.Locale;

/** A container and its owner: who earns a container pool's share, ordered by container id. */
public record ContainerShare(String containerId, String owner) implements Comparable<ContainerShare> {

    private static final Comparator<ContainerShare> ORDER = Comparator.comparing(ContainerShare::containerId)
            .thenComparing(ContainerShare::owner);

    public ContainerShare {
        owner = owner.toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(ContainerShare other) {
        return ORDER.compare(this, other);
    }
}
