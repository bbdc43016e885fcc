package io.athgrid.maas.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalog_model table; every method runs in the caller's transaction. */
class CatalogStore {

    private static final String COLUMNS = """
            id, display_name, family, parameters_billions, context_length, vram_gb, min_gpu_vram_gb,
            gpus_per_replica, engine, engine_args, usd_per_million_input, usd_per_million_output, state, added_at,
            retired_at""";

    private final JdbcClient jdbc;

    CatalogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the model unless one with the same id in any case exists; whether it was added. */
    boolean insertIfAbsent(CatalogModel model) {
        return jdbc.sql("insert into catalog_model (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(model.id().value(), model.displayName(), model.family(), model.parametersBillions(),
                        model.contextLength(), model.vramGb(), model.gpuNeeds().minGpuVramGb(),
                        model.gpuNeeds().gpusPerReplica(), model.engine().id(),
                        model.engineArgs().options().toArray(String[]::new), model.price().usdPerMillionInput(),
                        model.price().usdPerMillionOutput(), model.state().name(), ts(model.addedAt()),
                        ts(model.retiredAt()))
                .update() == 1;
    }

    Optional<CatalogModel> find(ModelId id) {
        return jdbc.sql("select " + COLUMNS + " from catalog_model where id = ?").param(id.value())
                .query(CatalogStore::model).optional();
    }

    /** The model, locked until the transaction ends, so two retirements cannot both succeed. */
    Optional<CatalogModel> findForUpdate(ModelId id) {
        return jdbc.sql("select " + COLUMNS + " from catalog_model where id = ? for update").param(id.value())
                .query(CatalogStore::model).optional();
    }

    /** The id as stored when a model with this id in another case exists. */
    Optional<String> idInAnyCase(ModelId id) {
        return jdbc.sql("select id from catalog_model where lower(id) = lower(?)").param(id.value())
                .query(String.class).optional();
    }

    List<CatalogModel> list(boolean includeRetired) {
        return jdbc.sql("select " + COLUMNS + " from catalog_model where ? or state = 'ACTIVE' order by id")
                .param(includeRetired)
                .query(CatalogStore::model)
                .list();
    }

    void markRetired(CatalogModel model) {
        jdbc.sql("update catalog_model set state = ?, retired_at = ? where id = ?")
                .params(model.state().name(), ts(model.retiredAt()), model.id().value())
                .update();
    }

    private static CatalogModel model(ResultSet rs, int row) throws SQLException {
        String engine = rs.getString("engine");
        return new CatalogModel(ModelId.of(rs.getString("id")), rs.getString("display_name"), rs.getString("family"),
                rs.getBigDecimal("parameters_billions"), rs.getInt("context_length"), rs.getInt("vram_gb"),
                new GpuNeeds(rs.getInt("min_gpu_vram_gb"), rs.getInt("gpus_per_replica")),
                ServingEngine.find(engine).orElseThrow(() -> new IllegalStateException("unknown engine " + engine)),
                new EngineArgs(strings(rs.getArray("engine_args"))),
                new TokenPrice(rs.getBigDecimal("usd_per_million_input"), rs.getBigDecimal("usd_per_million_output")),
                ModelState.valueOf(rs.getString("state")), instant(rs, "added_at"), instant(rs, "retired_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
