package org.linkage.organization.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * A user to create, from the API or from code (the demo loader).
 *
 * @param password 8 to 72 characters, and at most 72 bytes in UTF-8 (BCrypt's limit)
 * @param unitId   required with, and only with, {@link Role#UNIT_CONTACT}
 * @param memberId required with, and only with, {@link Role#MEMBER}
 */
public record NewUser(
        @NotNull @Pattern(regexp = USERNAME_PATTERN, message = "must be 3 to 32 letters, digits, '.', '_' or '-'") String username,
        @NotNull @Size(min = 8, max = 72) String password,
        @NotBlank @Size(max = 64) String displayName,
        @NotBlank String orgId,
        @NotEmpty Set<@NotNull Role> roles,
        String unitId,
        String memberId) {

    public static final String USERNAME_PATTERN = "[a-zA-Z0-9._-]{3,32}";

    /** Never prints the password. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", displayName=" + displayName + ", orgId=" + orgId + ", roles=" + roles
                + ", unitId=" + unitId + ", memberId=" + memberId + "]";
    }
}
