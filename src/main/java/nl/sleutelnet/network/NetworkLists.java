package nl.sleutelnet.network;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Changes to the municipality's own lists: the kinds of networks and the areas (read through
 * KeyFigureService). These tables belong to {@code network}; the settings page of
 * {@code organisation} checks the input and calls these methods inside its own transaction.
 * A small public service of {@code network} rather than a repository, because another module
 * calls it; its statements are the only writes of {@code network_kind} and {@code area} outside
 * the demo data.
 */
@Service
public class NetworkLists {

    private final JdbcClient jdbc;

    NetworkLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int position(MunicipalityId municipality, String code) {
        return jdbc.sql("select position from network_kind where municipality_id = ? and code = ?")
                .params(municipality.value(), code).query(Integer.class).optional().orElse(0);
    }

    public void addKind(MunicipalityId municipality, String code, String nameNl, String nameEn, boolean sensitive) {
        jdbc.sql("""
                insert into network_kind (municipality_id, code, name_nl, name_en, sensitive, active, position)
                values (?, ?, ?, ?, ?, true,
                        (select coalesce(max(position), 0) + 10 from network_kind where municipality_id = ?))""")
                .params(municipality.value(), code, nameNl, nameEn, sensitive, municipality.value()).update();
    }

    public boolean changeKind(MunicipalityId municipality, String code, String nameNl, String nameEn, boolean sensitive,
            boolean active, int position) {
        return jdbc.sql("""
                update network_kind set name_nl = ?, name_en = ?, sensitive = ?, active = ?, position = ?
                where municipality_id = ? and code = ?""")
                .params(nameNl, nameEn, sensitive, active, position, municipality.value(), code).update() == 1;
    }

    /** Takes the row lock, so that no plain link to the kind is added while it turns sensitive. */
    public void lockKind(MunicipalityId municipality, String code) {
        jdbc.sql("select code from network_kind where municipality_id = ? and code = ? for update")
                .params(municipality.value(), code).query(String.class).optional();
    }

    public void addArea(MunicipalityId municipality, String code, String name, String parentCode) {
        jdbc.sql("insert into area (municipality_id, code, name, parent_code) values (?, ?, ?, ?)")
                .params(municipality.value(), code, name, parentCode).update();
    }

    public boolean renameArea(MunicipalityId municipality, String code, String name) {
        return jdbc.sql("update area set name = ? where municipality_id = ? and code = ?")
                .params(name, municipality.value(), code).update() == 1;
    }
}
