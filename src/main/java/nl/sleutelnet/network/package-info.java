/**
 * The network of key figures: who they are (minimal fields), their role type, area and
 * status. Later also organisations, agreements and reciprocity. Every query filters on the
 * municipality; row-level security does so a second time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network")
package nl.sleutelnet.network;
