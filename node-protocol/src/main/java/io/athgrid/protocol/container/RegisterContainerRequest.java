package io.athgrid.protocol.container;

/**
 * The body of {@code POST /api/registry/containers}: the registration with the owner's and the
 * node key's signatures over its EIP-712 digest.
 */
public record RegisterContainerRequest(
        ContainerRegistration registration, String ownerSignature, String nodeSignature) {
}
