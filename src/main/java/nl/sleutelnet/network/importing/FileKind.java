package nl.sleutelnet.network.importing;

/** The kinds of files that can be imported and exported. */
public enum FileKind { CSV, XLSX }
