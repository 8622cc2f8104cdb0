/**
 * The reciprocity ledger (recommendation R4): what a key figure asked of the municipality and
 * what the municipality offered or did in return (support for an activity, a training, an
 * invitation, a referral, a small grant, information), with status and outcome. The key figure
 * sees their own items in the portal and can file a new request there; new requests appear on
 * the coordinator's work list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reciprocity")
package nl.sleutelnet.reciprocity;
