/**
 * Privacy by design: field encryption of narrative and secret fields (AES-256-GCM). Later
 * also the retention engine and data-subject requests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.sleutelnet.privacy;
