/**
 * Import of an existing spreadsheet into the register (upload, column mapping, a report per
 * row, duplicates, an all-or-nothing commit) and export of the register without sensitive
 * fields, with a stated reason. Part of the {@code network} module; see
 * {@code docs/import-export.md}.
 */
package nl.sleutelnet.network.importing;
