package io.athgrid.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.events.v1.ApiKeyIssued;
import io.athgrid.events.v1.EventCatalogV1;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private final EventJson json = new EventJson(EventCatalogV1.CATALOG);
    private final ApiKeyIssued issued =
            new ApiKeyIssued("key-1", "ent-1", "ath_live_ab12", "ci", Instant.parse("2026-11-25T10:15:30Z"));

    @Test
    void an_envelope_survives_a_round_trip_with_its_typed_payload() {
        EventEnvelope<ApiKeyIssued> envelope =
                EventEnvelope.wrap(issued, Instant.parse("2026-11-25T10:15:31Z"), "req-7", EventCatalogV1.CATALOG);

        EventEnvelope<PlatformEvent> read = json.read(json.write(envelope)).orElseThrow();

        assertThat(read).isEqualTo(envelope);
        assertThat(read.type()).isEqualTo("ApiKeyIssued");
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.key()).isEqualTo("ent-1");
    }

    @Test
    void fields_a_newer_producer_added_are_ignored() {
        String withExtras = """
                {"eventId":"6f1f0b36-7a37-4d5e-9a57-0b8f7e4ad1f2","type":"ApiKeyIssued","version":1,
                 "occurredAt":"2026-11-25T10:15:31Z","key":"ent-1","traceId":"req-7","schemaHint":"x",
                 "payload":{"apiKeyId":"key-1","enterpriseId":"ent-1","prefix":"ath_live_ab12","name":"ci",
                            "issuedAt":"2026-11-25T10:15:30Z","scopes":["chat"]}}""";

        assertThat(json.read(withExtras)).get().extracting(EventEnvelope::payload).isEqualTo(issued);
    }

    @Test
    void an_unknown_type_or_version_is_skipped_but_its_id_is_readable() {
        String unknown = """
                {"eventId":"6f1f0b36-7a37-4d5e-9a57-0b8f7e4ad1f2","type":"ApiKeyIssued","version":2,
                 "occurredAt":"2026-11-25T10:15:31Z","key":"ent-1","traceId":"req-7","payload":{}}""";

        assertThat(json.read(unknown)).isEmpty();
        assertThat(json.eventId(unknown)).hasToString("6f1f0b36-7a37-4d5e-9a57-0b8f7e4ad1f2");
    }

    @Test
    void an_envelope_without_its_id_is_rejected() {
        assertThatThrownBy(() -> json.read("{\"type\":\"ApiKeyIssued\",\"version\":1}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eventId");
    }

    @Test
    void a_payload_outside_the_catalog_cannot_be_wrapped() {
        record Stray(String id) implements PlatformEvent {
            public String partitionKey() {
                return id;
            }
        }
        assertThatThrownBy(() -> EventEnvelope.wrap(new Stray("x"), Instant.now(), "t", EventCatalogV1.CATALOG))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
