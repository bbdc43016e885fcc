package io.athgrid.registry.container;

import io.athgrid.events.v1.ContainerSpecs;
import io.athgrid.registry.lifecycle.ContainerStatus;
import io.athgrid.registry.lifecycle.LifecycleState;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A registered container. Updates write only changed columns, so a transition never overwrites
 * the last-heartbeat columns the heartbeat flush writes; {@code version} keeps concurrent
 * transitions from losing updates.
 */
@Entity
@Table(name = "container")
@DynamicUpdate
public class Container {

    @Id
    private UUID id;
    private String owner;
    private String fingerprint;
    private String nodeKey;
    private String nodePublicKey;
    private String gpuModel;
    private int gpuCount;
    private int vramGbPerGpu;
    private int cpuCores;
    private int ramGb;
    private int diskGb;
    private int bandwidthMbps;
    @Convert(converter = ServicesConverter.class)
    private List<String> services;
    private String region;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String endpoint;
    private BigDecimal priceUsdPerGpuHour;
    @Enumerated(EnumType.STRING)
    private ContainerStatus status;
    @Enumerated(EnumType.STRING)
    private ContainerStatus resumeStatus;
    private Instant unbondsAt;
    private Instant registeredAt;
    private Instant statusChangedAt;
    @Column(insertable = false, updatable = false)
    private Instant lastHeartbeatAt;
    @Column(insertable = false, updatable = false)
    private Long lastHeartbeatSequence;
    @Version
    private long version;

    protected Container() {
    }

    public Container(UUID id, String owner, String fingerprint, String nodeKey, String nodePublicKey,
            ContainerSpecs specs, String region, BigDecimal latitude, BigDecimal longitude, String endpoint,
            BigDecimal priceUsdPerGpuHour, Instant registeredAt) {
        this.id = id;
        this.owner = owner;
        this.fingerprint = fingerprint;
        this.nodeKey = nodeKey;
        this.nodePublicKey = nodePublicKey;
        setSpecs(specs);
        this.region = region;
        this.latitude = latitude;
        this.longitude = longitude;
        this.endpoint = endpoint;
        this.priceUsdPerGpuHour = priceUsdPerGpuHour;
        this.status = ContainerStatus.CHECKING;
        this.registeredAt = registeredAt;
        this.statusChangedAt = registeredAt;
    }

    public ContainerSpecs specs() {
        return new ContainerSpecs(gpuModel, gpuCount, vramGbPerGpu, cpuCores, ramGb, diskGb, bandwidthMbps,
                List.copyOf(services));
    }

    public void changeOffer(List<String> newServices, BigDecimal newPrice) {
        if (newServices != null) {
            this.services = List.copyOf(newServices);
        }
        if (newPrice != null) {
            this.priceUsdPerGpuHour = newPrice;
        }
    }

    public LifecycleState lifecycleState() {
        return new LifecycleState(status, resumeStatus);
    }

    public void moveTo(LifecycleState state, Instant at, Instant unbondsAt) {
        this.status = state.status();
        this.resumeStatus = state.resumeStatus();
        this.statusChangedAt = at;
        this.unbondsAt = unbondsAt;
    }

    private void setSpecs(ContainerSpecs specs) {
        this.gpuModel = specs.gpuModel();
        this.gpuCount = specs.gpuCount();
        this.vramGbPerGpu = specs.vramGbPerGpu();
        this.cpuCores = specs.cpuCores();
        this.ramGb = specs.ramGb();
        this.diskGb = specs.diskGb();
        this.bandwidthMbps = specs.bandwidthMbps();
        this.services = List.copyOf(specs.services());
    }

    public UUID id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String nodeKey() {
        return nodeKey;
    }

    public String nodePublicKey() {
        return nodePublicKey;
    }

    public int gpuCount() {
        return gpuCount;
    }

    public String gpuModel() {
        return gpuModel;
    }

    public String region() {
        return region;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public String endpoint() {
        return endpoint;
    }

    public BigDecimal priceUsdPerGpuHour() {
        return priceUsdPerGpuHour;
    }

    public ContainerStatus status() {
        return status;
    }

    public Instant unbondsAt() {
        return unbondsAt;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Instant lastHeartbeatAt() {
        return lastHeartbeatAt;
    }

    public Long lastHeartbeatSequence() {
        return lastHeartbeatSequence;
    }
}
