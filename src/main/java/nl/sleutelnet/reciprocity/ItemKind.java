package nl.sleutelnet.reciprocity;

/** What the item is about; only a small grant carries an amount. */
public enum ItemKind { ACTIVITY_SUPPORT, TRAINING, INVITATION, REFERRAL, SMALL_GRANT, INFORMATION, OTHER }
