package org.linkage.organization.member;

/** Hides the middle of a phone number in lists, the way Chinese services show them: 138****1234. */
final class PhoneMask {

    private static final int KEPT_START = 3;
    private static final int KEPT_END = 4;

    private PhoneMask() {
    }

    static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() <= KEPT_START + KEPT_END) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, KEPT_START) + "*".repeat(phone.length() - KEPT_START - KEPT_END)
                + phone.substring(phone.length() - KEPT_END);
    }
}
