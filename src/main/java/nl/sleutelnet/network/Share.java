package nl.sleutelnet.network;

import java.time.Instant;
import java.util.UUID;

/** A partner professional's account that may see a key figure and log contact with them. */
public record Share(UUID account, Instant sharedAt) {
}
