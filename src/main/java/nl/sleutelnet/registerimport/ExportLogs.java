package nl.sleutelnet.registerimport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.tenancy.MunicipalityId;

/** The log of exports with their reason codes (no free text), of one municipality. */
@Repository
class ExportLogs {

    private final JdbcClient jdbc;

    ExportLogs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MunicipalityId municipality, UUID id, UUID account, ExportRequest request, long rows, Instant at) {
        jdbc.sql("""
                insert into export_log (municipality_id, id, account_id, reason, format, status_filter, row_count, exported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(municipality.value(), id, account, request.reason().name(), request.format().name(),
                        request.status() == null ? null : request.status().name(), rows, Timestamp.from(at))
                .update();
    }
}
