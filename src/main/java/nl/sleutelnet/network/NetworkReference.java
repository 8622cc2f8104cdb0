package nl.sleutelnet.network;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.tenancy.MunicipalityId;

/** The municipality's own lists: areas with CBS codes and the kinds of networks. */
@Repository
class NetworkReference {

    /** The default list of network kinds a municipality starts with; "faith-based" is sensitive. */
    static final List<NetworkKind> DEFAULT_KINDS = List.of(
            new NetworkKind("YOUTH", "Jongeren", "Youth", false, true),
            new NetworkKind("PARENTS", "Ouders", "Parents", false, true),
            new NetworkKind("WOMEN", "Vrouwen", "Women", false, true),
            new NetworkKind("SPORTS", "Sport", "Sports", false, true),
            new NetworkKind("EDUCATION", "Onderwijs", "Education", false, true),
            new NetworkKind("NEIGHBOURHOOD", "Buurt", "Neighbourhood", false, true),
            new NetworkKind("NEWCOMERS", "Nieuwkomers", "Newcomers", false, true),
            new NetworkKind("CULTURAL_ASSOCIATION", "Culturele vereniging", "Cultural association", false, true),
            new NetworkKind("FAITH_BASED", "Levensbeschouwelijke organisatie", "Faith-based organisation", true, true),
            new NetworkKind("BUSINESS", "Ondernemers", "Business", false, true));

    private final JdbcClient jdbc;

    NetworkReference(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NetworkKind> kinds(MunicipalityId municipality) {
        return jdbc.sql("""
                select code, name_nl, name_en, sensitive, active from network_kind
                where municipality_id = ? order by position, name_nl""")
                .param(municipality.value())
                .query((rs, n) -> new NetworkKind(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5)))
                .list();
    }

    List<Area> areas(MunicipalityId municipality) {
        return jdbc.sql("select code, name, parent_code from area where municipality_id = ? order by code")
                .param(municipality.value())
                .query((rs, n) -> new Area(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Gives a municipality the default list of network kinds; existing codes are left alone. */
    @Transactional
    void installDefaultKinds(MunicipalityId municipality) {
        for (int i = 0; i < DEFAULT_KINDS.size(); i++) {
            NetworkKind k = DEFAULT_KINDS.get(i);
            jdbc.sql("""
                    insert into network_kind (municipality_id, code, name_nl, name_en, sensitive, active, position)
                    values (?, ?, ?, ?, ?, true, ?) on conflict do nothing""")
                    .params(municipality.value(), k.code(), k.nameNl(), k.nameEn(), k.sensitive(), i * 10)
                    .update();
        }
    }

    @Transactional
    void addArea(MunicipalityId municipality, Area area) {
        jdbc.sql("insert into area (municipality_id, code, name, parent_code) values (?, ?, ?, ?) on conflict do nothing")
                .params(municipality.value(), area.code(), area.name(), area.parentCode())
                .update();
    }
}
