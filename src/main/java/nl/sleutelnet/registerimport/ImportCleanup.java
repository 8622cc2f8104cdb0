package nl.sleutelnet.registerimport;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Deletes staged uploads that were neither committed nor cancelled in time, per municipality
 * (row-level security shows a job one municipality at a time). Harmless when two instances
 * run it at once: both delete the same rows.
 */
@Component
class ImportCleanup {

    private static final Logger log = LoggerFactory.getLogger(ImportCleanup.class);

    private final KeyFigureImport imports;
    private final JdbcClient jdbc;

    ImportCleanup(KeyFigureImport imports, JdbcClient jdbc) {
        this.imports = imports;
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT15M")
    void deleteExpiredUploads() {
        List<UUID> municipalities = jdbc.sql("select id from municipality").query(UUID.class).list();
        int deleted = 0;
        for (UUID municipality : municipalities) {
            deleted += CurrentTenant.callAs(new MunicipalityId(municipality), imports::purgeExpired);
        }
        if (deleted > 0) {
            log.info("Deleted {} expired import uploads", deleted);
        }
    }
}
