/**
 * Import of an existing spreadsheet into the register (upload, column mapping, a report per
 * row, duplicates, an all-or-nothing commit) and export of the register without sensitive
 * fields, with a stated reason. Depends on {@code network} through its public API only: the
 * rows are written by {@code KeyFigureService.importAll} and {@code mergeImported}, because
 * only {@code network} writes the key-figure tables (ADR 0021); this module owns the staging
 * tables {@code import_batch}, {@code import_row} and the {@code export_log}. See
 * {@code docs/import-export.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register import and export")
package nl.sleutelnet.registerimport;
