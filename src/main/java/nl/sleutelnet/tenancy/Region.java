package nl.sleutelnet.tenancy;

public record Region(RegionId id, String name) {
}
