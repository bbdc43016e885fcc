package io.athgrid.registry.container;

import java.util.List;

/** One page of a container listing. */
public record ContainerPage(List<ContainerView> items, int page, int size, long total) {
}
