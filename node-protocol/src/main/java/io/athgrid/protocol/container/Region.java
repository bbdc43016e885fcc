package io.athgrid.protocol.container;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The regions containers register in and customers order from, each with a representative
 * location (latitude, longitude) for distance and latitude estimates.
 */
public enum Region {
    US_EAST("us-east", "39.0438", "-77.4874"),
    US_CENTRAL("us-central", "41.8781", "-87.6298"),
    US_WEST("us-west", "37.3541", "-121.9552"),
    CA_CENTRAL("ca-central", "45.5019", "-73.5674"),
    SA_EAST("sa-east", "-23.5505", "-46.6333"),
    EU_WEST("eu-west", "52.3676", "4.9041"),
    EU_CENTRAL("eu-central", "50.1109", "8.6821"),
    EU_NORTH("eu-north", "59.3293", "18.0686"),
    ME_CENTRAL("me-central", "25.2048", "55.2708"),
    AP_SOUTH("ap-south", "19.0760", "72.8777"),
    AP_SOUTHEAST("ap-southeast", "1.3521", "103.8198"),
    AP_NORTHEAST("ap-northeast", "35.6762", "139.6503");

    private final String code;
    private final BigDecimal latitude;
    private final BigDecimal longitude;

    Region(String code, String latitude, String longitude) {
        this.code = code;
        this.latitude = new BigDecimal(latitude);
        this.longitude = new BigDecimal(longitude);
    }

    public String code() {
        return code;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public static Optional<Region> find(String code) {
        return Arrays.stream(values()).filter(region -> region.code.equals(code)).findFirst();
    }
}
