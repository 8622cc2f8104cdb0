package nl.sleutelnet.tenancy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to regions and municipalities; small reference data, cached by id. */
@Service
public class Municipalities {

    private final JdbcClient jdbc;
    private final Map<MunicipalityId, Municipality> byId = new ConcurrentHashMap<>();

    Municipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Municipality> find(MunicipalityId id) {
        Municipality cached = byId.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Municipality> found = jdbc.sql("select id, region_id, name, cbs_code from municipality where id = ?")
                .param(id.value())
                .query((rs, n) -> new Municipality(new MunicipalityId(rs.getObject(1, UUID.class)),
                        new RegionId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4)))
                .optional();
        found.ifPresent(m -> byId.put(id, m));
        return found;
    }

    /** Every municipality's id, in a fixed order; for {@link MunicipalityJobs}, which runs a job in each. */
    List<MunicipalityId> allIds() {
        return jdbc.sql("select id from municipality order by id").query(UUID.class).list().stream()
                .map(MunicipalityId::new).toList();
    }

    /** Every municipality, by name (e.g. for the sign-in choices on the login page). */
    public List<Municipality> all() {
        return jdbc.sql("select id, region_id, name, cbs_code from municipality order by name, id")
                .query((rs, n) -> new Municipality(new MunicipalityId(rs.getObject(1, UUID.class)),
                        new RegionId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4)))
                .list();
    }

    public List<Municipality> inRegion(RegionId region) {
        return jdbc.sql("select id, region_id, name, cbs_code from municipality where region_id = ? order by name")
                .param(region.value())
                .query((rs, n) -> new Municipality(new MunicipalityId(rs.getObject(1, UUID.class)),
                        new RegionId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4)))
                .list();
    }

    public Optional<Region> findRegion(RegionId id) {
        return jdbc.sql("select id, name from region where id = ?")
                .param(id.value())
                .query((rs, n) -> new Region(new RegionId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .optional();
    }
}
