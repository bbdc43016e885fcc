package io.athgrid.registry.container;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Services are stored as one comma-separated column; their names ([a-z0-9-]) hold no commas. */
@Converter
class ServicesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> services) {
        return String.join(",", services);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
