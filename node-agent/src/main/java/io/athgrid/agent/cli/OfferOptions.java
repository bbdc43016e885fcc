package io.athgrid.agent.cli;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.enrolment.Offer;
import io.athgrid.protocol.container.Region;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;

/** The offer's command line options; which of them are required is up to the command. */
final class OfferOptions {

    @Option(names = "--region", paramLabel = "CODE", description = "Region code, e.g. us-east, eu-central.")
    String region;

    @Option(names = "--price", paramLabel = "USD", description = "Price per GPU-hour in USD, e.g. 2.20.")
    BigDecimal price;

    @Option(names = "--services", paramLabel = "NAME", split = ",", description = "Pre-installed services, e.g. vllm,game-streaming.")
    List<String> services;

    @Option(names = "--endpoint", paramLabel = "URL", description = "The host's public endpoint (http or https URL).")
    String endpoint;

    @Option(names = "--latitude", paramLabel = "DEG", description = "Latitude (default: the region's location).")
    BigDecimal latitude;

    @Option(names = "--longitude", paramLabel = "DEG", description = "Longitude (default: the region's location).")
    BigDecimal longitude;

    @Option(names = "--bandwidth-mbps", paramLabel = "MBPS", defaultValue = "1000",
            description = "Network bandwidth in Mbit/s (default: ${DEFAULT-VALUE}).")
    int bandwidthMbps;

    Offer toOffer() {
        Region regionValue = Region.find(region).orElseThrow(() -> new AgentException("unknown region " + region
                + "; known: " + Arrays.stream(Region.values()).map(Region::code).toList()));
        return new Offer(regionValue, latitude == null ? regionValue.latitude() : latitude,
                longitude == null ? regionValue.longitude() : longitude, endpoint, services, price, bandwidthMbps);
    }

    /** Fills what a simulated host may leave out. */
    void defaultTo(String regionCode, BigDecimal typicalPrice, String simulatedEndpoint) {
        region = region == null ? regionCode : region;
        price = price == null ? typicalPrice : price;
        services = services == null ? List.of("vllm") : services;
        endpoint = endpoint == null ? simulatedEndpoint : endpoint;
    }

    void require(picocli.CommandLine.Model.CommandSpec spec) {
        if (region == null || price == null || services == null || endpoint == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required options: --region, --price, --services and --endpoint");
        }
    }
}
