package nl.sleutelnet.registerimport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.network.ImportedKeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The register as the import sees it: one query for what duplicates are matched on; the writes
 * go to {@link KeyFigureService#importAll} and {@link KeyFigureService#mergeImported}, because
 * only {@code network} writes the key-figure tables (ADR 0021).
 */
@Repository
class ImportedKeyFigures {

    private final JdbcClient jdbc;
    private final KeyFigureService keyFigures;

    ImportedKeyFigures(JdbcClient jdbc, KeyFigureService keyFigures) {
        this.jdbc = jdbc;
        this.keyFigures = keyFigures;
    }

    /** A key figure already in the register, with what a merge may fill in. */
    record Existing(UUID id, String givenName, String prefix, String familyName, String email, String phone,
            boolean hasRoles, boolean hasAreas, boolean hasKinds) {
    }

    /** A new key figure from a valid row. */
    record NewKeyFigure(UUID id, Candidate candidate) {
    }

    /** Values a merge offers an existing key figure; only its empty fields take them. */
    record Merge(UUID id, String email, String phone, String prefix, List<RoleType> roles, List<String> areas,
            List<String> kinds) {
    }

    List<Existing> all(MunicipalityId municipality) {
        return jdbc.sql("""
                select k.id, k.given_name, k.name_prefix, k.family_name, k.email, k.phone, cardinality(k.role_types) > 0,
                    exists (select 1 from key_figure_area a where a.municipality_id = k.municipality_id and a.key_figure_id = k.id),
                    exists (select 1 from key_figure_network_kind n where n.municipality_id = k.municipality_id and n.key_figure_id = k.id)
                from key_figure k where k.municipality_id = ? order by k.created_at, k.id""")
                .param(municipality.value())
                .query((rs, n) -> new Existing(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8),
                        rs.getBoolean(9)))
                .list();
    }

    /**
     * Connections plan every statement for its values (ADR 0013); that includes the foreign-key
     * checks PostgreSQL runs per inserted row, which then took twice as long as the inserts
     * themselves at 100,000 rows. This transaction goes back to reusing plans.
     */
    static void reusePlansInThisTransaction(JdbcClient jdbc) {
        jdbc.sql("set local plan_cache_mode = auto").update();
    }

    /** Hands the new key figures to the register, which writes them in a few set-based statements. */
    void insert(List<NewKeyFigure> rows) {
        List<ImportedKeyFigure> register = new ArrayList<>(rows.size());
        for (NewKeyFigure row : rows) {
            var draft = row.candidate().draft();
            register.add(new ImportedKeyFigure(new KeyFigureId(row.id()), row.candidate().name(),
                    row.candidate().email(), row.candidate().phone(), ImportValues.language(draft.preferredLanguage()),
                    ImportValues.channel(draft.preferredChannel()), draft.roleTypes(), draft.newToMunicipality(),
                    row.candidate().status(), List.copyOf(draft.areaCodes()), List.copyOf(draft.networkKinds())));
        }
        keyFigures.importAll(register);
    }

    /** Fills the empty fields of existing key figures; never overwrites one that has a value. */
    int merge(List<Merge> merges) {
        return keyFigures.mergeImported(merges.stream()
                .map(m -> new ImportedKeyFigure.Merge(new KeyFigureId(m.id()), m.email(), m.phone(), m.prefix(),
                        m.roles(), m.areas(), m.kinds()))
                .toList());
    }
}
