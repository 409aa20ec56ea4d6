package org.linkage.platform.events.task;

public enum UrgeKind {
    /** Automatic warning before a deadline; no person urged. */
    WARNING,
    /** 催办: the issuer presses the assignee. */
    URGE,
    /** 督办: formal supervision, usually from a tier above the issuer. */
    SUPERVISE
}
