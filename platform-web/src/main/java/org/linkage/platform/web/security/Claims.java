package org.linkage.platform.web.security;

/** The claim names of a Linkage access token beside the registered ones (iss, aud, sub, iat, exp, jti). */
public final class Claims {

    public static final String USERNAME = "preferred_username";
    public static final String ORG_ID = "org_id";
    public static final String ORG_PATH = "org_path";
    public static final String UNIT_ID = "unit_id";
    public static final String ROLES = "roles";

    private Claims() {
    }
}
