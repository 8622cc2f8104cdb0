package nl.sleutelnet.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The register's set-based writes for the import ({@code insert ... select from unnest(...)})
 * in chunks, so 100,000 rows take a few dozen statements instead of 300,000.
 */
@Repository
class BulkKeyFigures {

    static final int CHUNK = 5_000;

    private final JdbcClient jdbc;

    BulkKeyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Connections plan every statement for its values (ADR 0013); that includes the foreign-key
     * checks PostgreSQL runs per inserted row, which then took twice as long as the inserts
     * themselves at 100,000 rows. This transaction goes back to reusing plans.
     */
    private void reusePlansInThisTransaction() {
        jdbc.sql("set local plan_cache_mode = auto").update();
    }

    void insert(MunicipalityId municipality, List<ImportedKeyFigure> rows, LocalDate today) {
        reusePlansInThisTransaction();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ImportedKeyFigure> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            int n = chunk.size();
            String[][] columns = new String[12][n];
            List<String> linkIds = new ArrayList<>();
            List<String> areaCodes = new ArrayList<>();
            List<String> kindIds = new ArrayList<>();
            List<String> kindCodes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ImportedKeyFigure row = chunk.get(i);
                String id = row.id().value().toString();
                columns[0][i] = id;
                columns[1][i] = row.name().givenName();
                columns[2][i] = row.name().prefix();
                columns[3][i] = row.name().familyName();
                columns[4][i] = row.email();
                columns[5][i] = row.phone();
                columns[6][i] = row.language();
                columns[7][i] = row.channel().name();
                columns[8][i] = roleArray(row.roles());
                columns[9][i] = Boolean.toString(row.newToMunicipality());
                columns[10][i] = row.status().name();
                // As KeyFigureService.register: an active key figure is active from today.
                columns[11][i] = row.status() == KeyFigureStatus.ACTIVE ? today.toString() : null;
                for (String code : row.areaCodes()) {
                    linkIds.add(id);
                    areaCodes.add(code);
                }
                for (String code : row.networkKinds()) {
                    kindIds.add(id);
                    kindCodes.add(code);
                }
            }
            jdbc.sql("""
                    insert into key_figure (municipality_id, id, given_name, name_prefix, family_name, email, phone,
                        preferred_language, preferred_channel, role_types, new_to_municipality, status, active_since)
                    select ?, u.id::uuid, u.given, u.prefix, u.family, u.email, u.phone, u.lang, u.channel,
                        u.roles::text[], u.is_new::boolean, u.status, u.since::date
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                ?::text[], ?::text[], ?::text[], ?::text[])
                        as u(id, given, prefix, family, email, phone, lang, channel, roles, is_new, status, since)""")
                    .params(municipality.value(), columns[0], columns[1], columns[2], columns[3], columns[4], columns[5],
                            columns[6], columns[7], columns[8], columns[9], columns[10], columns[11])
                    .update();
            // A connection keeps the plan of its foreign-key checks from when key_figure was
            // small (a sequential scan); with thousands of rows just inserted every link would
            // scan them all. Planning again sees the table's real size and uses its key.
            jdbc.sql("discard plans").update();
            links(municipality, "key_figure_area", "area_code", linkIds, areaCodes, false);
            links(municipality, "key_figure_network_kind", "kind_code", kindIds, kindCodes, false);
        }
    }

    /** Fills the empty fields of existing key figures; never overwrites one that has a value. */
    int merge(MunicipalityId municipality, List<ImportedKeyFigure.Merge> merges) {
        reusePlansInThisTransaction();
        int changed = 0;
        for (int from = 0; from < merges.size(); from += CHUNK) {
            List<ImportedKeyFigure.Merge> chunk = merges.subList(from, Math.min(merges.size(), from + CHUNK));
            int n = chunk.size();
            String[][] columns = new String[5][n];
            List<String> areaIds = new ArrayList<>();
            List<String> areaCodes = new ArrayList<>();
            List<String> kindIds = new ArrayList<>();
            List<String> kindCodes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ImportedKeyFigure.Merge m = chunk.get(i);
                String id = m.id().value().toString();
                columns[0][i] = id;
                columns[1][i] = m.email();
                columns[2][i] = m.phone();
                columns[3][i] = m.prefix();
                columns[4][i] = roleArray(m.roles());
                m.areaCodes().forEach(code -> {
                    areaIds.add(id);
                    areaCodes.add(code);
                });
                m.networkKinds().forEach(code -> {
                    kindIds.add(id);
                    kindCodes.add(code);
                });
            }
            changed += jdbc.sql("""
                    update key_figure k set email = coalesce(k.email, u.email), phone = coalesce(k.phone, u.phone),
                        name_prefix = coalesce(k.name_prefix, u.prefix),
                        role_types = case when cardinality(k.role_types) = 0 then u.roles::text[] else k.role_types end,
                        updated_at = now(), version = k.version + 1
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(id, email, phone, prefix, roles)
                    where k.municipality_id = ? and k.id = u.id::uuid""")
                    .params(columns[0], columns[1], columns[2], columns[3], columns[4], municipality.value())
                    .update();
            links(municipality, "key_figure_area", "area_code", areaIds, areaCodes, true);
            links(municipality, "key_figure_network_kind", "kind_code", kindIds, kindCodes, true);
        }
        return changed;
    }

    /** Adds links; with {@code onlyWhenNone}, only to key figures that had none of this kind before. */
    private void links(MunicipalityId municipality, String table, String column, List<String> ids, List<String> codes,
            boolean onlyWhenNone) {
        if (ids.isEmpty()) {
            return;
        }
        // Table and column names are constants of this class, never input.
        String sql = "insert into " + table + " (municipality_id, key_figure_id, " + column + ")"
                + " select ?, u.id::uuid, u.code from unnest(?::text[], ?::text[]) as u(id, code)"
                + (onlyWhenNone ? " where not exists (select 1 from " + table + " x where x.municipality_id = ?"
                        + " and x.key_figure_id = u.id::uuid)" : "")
                + " on conflict do nothing";
        var statement = jdbc.sql(sql).param(municipality.value()).param(ids.toArray(String[]::new))
                .param(codes.toArray(String[]::new));
        if (onlyWhenNone) {
            statement = statement.param(municipality.value());
        }
        statement.update();
    }

    /** A PostgreSQL array literal of role codes, e.g. {CONNECTOR,DOER}. */
    private static String roleArray(Collection<RoleType> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }
}
