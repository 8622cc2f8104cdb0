package nl.sleutelnet.tenancy;

import java.util.Optional;

/** Implemented by the signed-in principal: the municipality whose data it may see, if any. */
public interface TenantMember {

    Optional<MunicipalityId> municipality();
}
