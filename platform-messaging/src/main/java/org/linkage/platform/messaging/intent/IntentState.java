package org.linkage.platform.messaging.intent;

/** {@code PENDING} until every document of the intent is written; readers never see it half-applied. */
public enum IntentState {
    PENDING,
    DONE
}
