package nl.sleutelnet.tenancy;

import java.util.List;
import java.util.UUID;

/** Fixed ids of the fictitious demo region, so that each module's demo data can refer to it. */
public final class DemoTenants {

    public static final RegionId REGION = new RegionId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    public static final MunicipalityId MAASOEVER = new MunicipalityId(UUID.fromString("00000000-0000-4000-8000-000000000011"));
    public static final MunicipalityId WAALBERGEN = new MunicipalityId(UUID.fromString("00000000-0000-4000-8000-000000000012"));
    public static final MunicipalityId LINGEDONK = new MunicipalityId(UUID.fromString("00000000-0000-4000-8000-000000000013"));

    public static final List<MunicipalityId> MUNICIPALITIES = List.of(MAASOEVER, WAALBERGEN, LINGEDONK);

    private DemoTenants() {
    }
}
