/**
 * Privacy by design: field encryption of narrative and secret fields (AES-256-GCM), and the
 * contract of the data download ({@link nl.sleutelnet.privacy.PersonalDataContributor}, typed
 * {@link nl.sleutelnet.privacy.PersonalDataSection}s; ADR 0018). Later also the retention engine
 * and data-subject requests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.sleutelnet.privacy;
