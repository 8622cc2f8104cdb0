package nl.sleutelnet.registerimport;

/** The kinds of files that can be imported and exported. */
public enum FileKind { CSV, XLSX }
