package io.athgrid.gateway.routing;

import java.util.List;

/**
 * The services' actuator endpoints stay private behind the gateway, except health: a path like
 * {@code /api/<service>/actuator/...} is hidden unless it is {@code .../actuator/health[/...]}.
 * Works on decoded, non-empty segments, so {@code //} or percent-encoding cannot sneak past.
 */
public final class ServiceActuatorPaths {

    private ServiceActuatorPaths() {
    }

    public static boolean isHidden(List<String> decodedSegments) {
        List<String> segments = decodedSegments.stream().filter(segment -> !segment.isEmpty()).toList();
        if (segments.size() < 3 || !segments.get(0).equals("api") || !segments.get(2).equalsIgnoreCase("actuator")) {
            return false;
        }
        return segments.size() == 3 || !segments.get(3).equals("health");
    }
}
