package org.linkage.taskdispatch.receipt;

/**
 * User ids become field names under {@code seenBy}; MongoDB field names must not contain '.' or start
 * with '$', so those characters are percent-encoded on the way in. Ids without them are stored as they are.
 */
final class SeenByKeys {

    private SeenByKeys() {
    }

    static String encode(String userId) {
        return userId.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }
}
