package nl.sleutelnet.registerimport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.sleutelnet.tenancy.MunicipalityJobs;

/**
 * Deletes staged uploads that were neither committed nor cancelled in time, per municipality
 * (row-level security shows a job one municipality at a time), by one instance of the cluster.
 */
@Component
class ImportCleanup {

    private static final Logger log = LoggerFactory.getLogger(ImportCleanup.class);

    private final KeyFigureImport imports;
    private final MunicipalityJobs jobs;

    ImportCleanup(KeyFigureImport imports, MunicipalityJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT15M")
    void deleteExpiredUploads() {
        jobs.runOnce("import-cleanup", municipality -> imports.purgeExpired()).ifPresent(done -> {
            int deleted = done.results().values().stream().mapToInt(Integer::intValue).sum();
            if (deleted > 0) {
                log.info("Deleted {} expired import uploads", deleted);
            }
        });
    }
}
