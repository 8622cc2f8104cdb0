package nl.sleutelnet.tenancy;

public record Municipality(MunicipalityId id, RegionId regionId, String name, String cbsCode) {
}
