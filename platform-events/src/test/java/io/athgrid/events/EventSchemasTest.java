package io.athgrid.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.events.v1.EventCatalogV1;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the published JSON schemas and the Java records in agreement. */
class EventSchemasTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void every_catalogued_event_has_a_schema_requiring_exactly_its_fields() throws Exception {
        for (EventDescriptor descriptor : EventCatalogV1.CATALOG.descriptors()) {
            JsonNode schema = schema("/schemas/v" + descriptor.version() + "/" + descriptor.type() + ".schema.json");
            List<String> fields = Arrays.stream(descriptor.payloadClass().getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();

            assertThat(strings(schema.get("required"))).as(descriptor.type()).containsExactlyInAnyOrderElementsOf(fields);
            assertThat(schema.get("properties").propertyNames()).as(descriptor.type())
                    .containsExactlyInAnyOrderElementsOf(fields);
            assertThat(descriptor.payloadClass().getSimpleName()).isEqualTo(descriptor.type());
            assertThat(descriptor.payloadClass().getPackageName()).endsWith(".v" + descriptor.version());
        }
    }

    @Test
    void the_envelope_schema_names_the_envelope_fields() throws Exception {
        List<String> fields = Arrays.stream(EventEnvelope.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();

        assertThat(strings(schema("/schemas/v1/envelope.schema.json").get("required")))
                .containsExactlyInAnyOrderElementsOf(fields);
    }

    @Test
    void every_topic_of_the_catalog_is_a_known_topic() {
        EventCatalogV1.CATALOG.descriptors()
                .forEach(d -> assertThat(Topics.ALL).contains(d.topic()));
    }

    private JsonNode schema(String path) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return mapper.readTree(in);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
