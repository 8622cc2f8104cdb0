package nl.sleutelnet.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.shared.TextRule;

/**
 * Adding regions and municipalities: for the platform administrator's screens and the operator's
 * set-up step. Input is checked first; refused input ({@link InvalidInputException}, fields
 * {@code naam} and {@code cbsCode}) changes nothing. Callers record the audit entry (the audit
 * module builds on this one, not the other way round).
 */
@Service
public class TenancyAdministration {

    public static final int MAX_NAME = 200;
    private static final Pattern CBS_CODE = Pattern.compile("GM[0-9]{4}");
    private static final TextRule NAME = TextRule.name(MAX_NAME).required();

    /** A region with the number of its municipalities. */
    public record RegionSummary(RegionId id, String name, long municipalities) {
    }

    private final JdbcClient jdbc;

    TenancyAdministration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<RegionSummary> regions() {
        return jdbc.sql("""
                select r.id, r.name, (select count(*) from municipality m where m.region_id = r.id) as municipalities
                from region r order by lower(r.name), r.id""")
                .query((rs, n) -> new RegionSummary(new RegionId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getLong("municipalities")))
                .list();
    }

    /** The municipalities of a region, by name, one page at a time. */
    @Transactional(readOnly = true)
    public Page<Municipality> municipalities(RegionId region, PageRequest page) {
        long total = jdbc.sql("select count(*) from municipality where region_id = ?").param(region.value())
                .query(Long.class).single();
        List<Municipality> items = jdbc.sql("""
                select id, region_id, name, cbs_code from municipality where region_id = ?
                order by lower(name), id limit ? offset ?""")
                .params(region.value(), page.size(), page.offset())
                .query((rs, n) -> new Municipality(new MunicipalityId(rs.getObject(1, UUID.class)),
                        new RegionId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4)))
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public Optional<Region> regionNamed(String name) {
        String clean = TextRule.clean(name);
        return clean == null ? Optional.empty() : jdbc.sql("select id, name from region where lower(name) = lower(?)")
                .param(clean).query((rs, n) -> new Region(new RegionId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .optional();
    }

    /** The municipality with a CBS code (as typed: case and spaces around it do not matter). */
    @Transactional(readOnly = true)
    public Optional<Municipality> municipalityWithCode(String cbsCode) {
        String code = normalisedCode(cbsCode);
        return code == null ? Optional.empty() : jdbc.sql("select id, region_id, name, cbs_code from municipality where cbs_code = ?")
                .param(code)
                .query((rs, n) -> new Municipality(new MunicipalityId(rs.getObject(1, UUID.class)),
                        new RegionId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Adds a region; refused when the name is empty, too long, holds refused characters or is taken. */
    @Transactional
    public Region addRegion(String name) {
        List<FieldProblem> problems = new ArrayList<>();
        String clean = NAME.keys("tenancy.name", ".invalid").check("naam", name, problems);
        if (clean != null && regionNamed(clean).isPresent()) {
            problems.add(new FieldProblem("naam", "tenancy.region.exists"));
        }
        refuseIf(problems);
        RegionId id = new RegionId(UUID.randomUUID());
        try {
            jdbc.sql("insert into region (id, name) values (?, ?)").params(id.value(), clean).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(new FieldProblem("naam", "tenancy.region.exists")));
        }
        return new Region(id, clean);
    }

    /**
     * Adds a municipality to a region: a name and its CBS code ({@code GM} and four digits, as
     * Statistics Netherlands numbers them; unique).
     */
    @Transactional
    public Municipality addMunicipality(RegionId region, String name, String cbsCode) {
        List<FieldProblem> problems = new ArrayList<>();
        String clean = NAME.keys("tenancy.name", ".invalid").check("naam", name, problems);
        String code = normalisedCode(cbsCode);
        if (code == null) {
            problems.add(new FieldProblem("cbsCode", "tenancy.cbsCode.required"));
        } else if (!CBS_CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("cbsCode", "tenancy.cbsCode.invalid"));
        } else if (municipalityWithCode(code).isPresent()) {
            problems.add(new FieldProblem("cbsCode", "tenancy.cbsCode.exists"));
        }
        if (jdbc.sql("select count(*) from region where id = ?").param(region.value()).query(Long.class).single() == 0) {
            problems.add(new FieldProblem("regio", "tenancy.region.unknown"));
        }
        refuseIf(problems);
        MunicipalityId id = new MunicipalityId(UUID.randomUUID());
        try {
            jdbc.sql("insert into municipality (id, region_id, name, cbs_code) values (?, ?, ?, ?)")
                    .params(id.value(), region.value(), clean, code).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(new FieldProblem("cbsCode", "tenancy.cbsCode.exists")));
        }
        return new Municipality(id, region, clean, code);
    }

    private static String normalisedCode(String cbsCode) {
        String clean = TextRule.clean(cbsCode);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

    private static void refuseIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
