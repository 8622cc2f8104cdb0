/**
 * The register of key figures: who they are (minimal fields), their role types, areas,
 * network kinds and status, the contact arrangement, the partner shares and the timeline of
 * events, with the municipality's lists of network kinds and areas. It is the only module that
 * writes these tables (ADR 0021): {@code organisation}, {@code registerimport}, {@code contact}
 * and the others go through {@link nl.sleutelnet.network.KeyFigureService},
 * {@link nl.sleutelnet.network.NetworkLists} and the view {@code key_figure_contact}. Every
 * query filters on the municipality; row-level security does so a second time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network")
package nl.sleutelnet.network;
