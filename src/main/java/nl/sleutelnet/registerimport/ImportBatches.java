package nl.sleutelnet.registerimport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.registerimport.ImportBatch.Counts;
import nl.sleutelnet.registerimport.ImportBatch.Status;
import nl.sleutelnet.tenancy.MunicipalityId;
import tools.jackson.databind.json.JsonMapper;

/** Import batches and their staged rows (cells as a jsonb array per row), always of one municipality. */
@Repository
class ImportBatches {

    static final int CHUNK = 5_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, account_id, status, file_kind, headers::text, mapping::text, row_count, created_count, merged_count,
            invalid_count, skipped_duplicate_count, created_at, expires_at, committed_at""";

    private final JdbcClient jdbc;

    ImportBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(MunicipalityId municipality, UUID id, UUID account, UploadedTable table, Instant expiresAt) {
        ImportedKeyFigures.reusePlansInThisTransaction(jdbc);
        jdbc.sql("""
                insert into import_batch (municipality_id, id, account_id, status, file_kind, headers, row_count, expires_at)
                values (?, ?, ?, 'STAGED', ?, ?::jsonb, ?, ?)""")
                .params(municipality.value(), id, account, table.kind().name(),
                        JSON.writeValueAsString(table.headers()), table.rows().size(), Timestamp.from(expiresAt))
                .update();
        List<UploadedTable.Row> rows = table.rows();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<UploadedTable.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Integer[] numbers = chunk.stream().map(UploadedTable.Row::number).toArray(Integer[]::new);
            String[] cells = chunk.stream().map(r -> JSON.writeValueAsString(r.cells())).toArray(String[]::new);
            jdbc.sql("""
                    insert into import_row (municipality_id, batch_id, row_number, cells)
                    select ?, ?, u.n, u.c::jsonb from unnest(?::int[], ?::text[]) as u(n, c)""")
                    .params(municipality.value(), id, numbers, cells)
                    .update();
        }
    }

    Optional<ImportBatch> find(MunicipalityId municipality, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from import_batch where municipality_id = ? and id = ?")
                .params(municipality.value(), id).query((rs, n) -> batch(rs)).optional();
    }

    /** The staged batch, locked until the transaction ends, so that it is committed once. */
    Optional<ImportBatch> lockStaged(MunicipalityId municipality, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from import_batch where municipality_id = ? and id = ?"
                + " and status = 'STAGED' for update")
                .params(municipality.value(), id).query((rs, n) -> batch(rs)).optional();
    }

    void saveMapping(MunicipalityId municipality, UUID id, List<ImportField> mapping) {
        jdbc.sql("update import_batch set mapping = ?::jsonb where municipality_id = ? and id = ? and status = 'STAGED'")
                .params(JSON.writeValueAsString(mapping.stream().map(Enum::name).toList()), municipality.value(), id)
                .update();
    }

    /**
     * Which of these columns hold a cell longer than the limit in some staged row. A row whose
     * cells are shorter together (as JSON text) than the limit is passed over without unpacking.
     */
    List<Integer> columnsWithCellsLongerThan(MunicipalityId municipality, UUID id, List<Integer> columns, int limit) {
        if (columns.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct (c.i - 1)::int from import_row r
                cross join lateral jsonb_array_elements_text(r.cells) with ordinality as c(v, i)
                where r.municipality_id = ? and r.batch_id = ? and length(r.cells::text) > ?
                  and (c.i - 1) = any (?::int[]) and length(c.v) > ?
                order by 1""")
                .params(municipality.value(), id, limit, columns.toArray(Integer[]::new), limit)
                .query(Integer.class).list();
    }

    /** Every staged row in order, one at a time (the whole file is never held as JSON text). */
    void rows(MunicipalityId municipality, UUID id, Consumer<UploadedTable.Row> consumer) {
        jdbc.sql("select row_number, cells::text from import_row where municipality_id = ? and batch_id = ? order by row_number")
                .params(municipality.value(), id)
                .query(rs -> {
                    consumer.accept(new UploadedTable.Row(rs.getInt(1), JSON.readValue(rs.getString(2), String[].class)));
                });
    }

    List<UploadedTable.Row> first(MunicipalityId municipality, UUID id, int limit) {
        return jdbc.sql("""
                select row_number, cells::text from import_row where municipality_id = ? and batch_id = ?
                order by row_number limit ?""")
                .params(municipality.value(), id, limit)
                .query((rs, n) -> new UploadedTable.Row(rs.getInt(1), JSON.readValue(rs.getString(2), String[].class)))
                .list();
    }

    /** Keeps only the counts: the rows, headings and mapping go. */
    void markCommitted(MunicipalityId municipality, UUID id, Counts counts, Instant at) {
        jdbc.sql("delete from import_row where municipality_id = ? and batch_id = ?")
                .params(municipality.value(), id).update();
        jdbc.sql("""
                update import_batch set status = 'COMMITTED', headers = '[]', mapping = null, expires_at = null,
                    committed_at = ?, created_count = ?, merged_count = ?, invalid_count = ?, skipped_duplicate_count = ?
                where municipality_id = ? and id = ?""")
                .params(Timestamp.from(at), counts.created(), counts.merged(), counts.invalid(),
                        counts.skippedDuplicates(), municipality.value(), id)
                .update();
    }

    void delete(MunicipalityId municipality, UUID id) {
        jdbc.sql("delete from import_batch where municipality_id = ? and id = ? and status = 'STAGED'")
                .params(municipality.value(), id).update();
    }

    int deleteExpired(MunicipalityId municipality, Instant now) {
        return jdbc.sql("delete from import_batch where municipality_id = ? and status = 'STAGED' and expires_at < ?")
                .params(municipality.value(), Timestamp.from(now)).update();
    }

    List<ImportBatch> recentlyCommitted(MunicipalityId municipality, int limit) {
        return jdbc.sql("select " + COLUMNS + " from import_batch where municipality_id = ? and status = 'COMMITTED'"
                + " order by committed_at desc limit ?")
                .params(municipality.value(), limit).query((rs, n) -> batch(rs)).list();
    }

    /** A committed batch with fixed counts, for the demo data. */
    void insertCommitted(MunicipalityId municipality, UUID id, UUID account, Counts counts, int rows, Instant at) {
        jdbc.sql("""
                insert into import_batch (municipality_id, id, account_id, status, file_kind, row_count, created_count,
                    merged_count, invalid_count, skipped_duplicate_count, created_at, committed_at)
                values (?, ?, ?, 'COMMITTED', 'CSV', ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(municipality.value(), id, account, rows, counts.created(), counts.merged(), counts.invalid(),
                        counts.skippedDuplicates(), Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    private static ImportBatch batch(ResultSet rs) throws SQLException {
        String mapping = rs.getString("mapping");
        List<ImportField> fields = null;
        if (mapping != null) {
            fields = new ArrayList<>();
            for (String name : JSON.readValue(mapping, String[].class)) {
                fields.add(ImportField.valueOf(name));
            }
        }
        Status status = Status.valueOf(rs.getString("status"));
        Counts counts = status == Status.COMMITTED ? new Counts(rs.getInt("created_count"), rs.getInt("merged_count"),
                rs.getInt("invalid_count"), rs.getInt("skipped_duplicate_count")) : null;
        return new ImportBatch(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), status,
                FileKind.valueOf(rs.getString("file_kind")),
                Arrays.asList(JSON.readValue(rs.getString("headers"), String[].class)), fields, rs.getInt("row_count"),
                counts, instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "committed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
