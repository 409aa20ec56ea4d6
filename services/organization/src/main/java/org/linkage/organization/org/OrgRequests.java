package org.linkage.organization.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;

/** Request bodies of the organisation API. Unknown fields are refused (platform-web defaults). */
public final class OrgRequests {

    private OrgRequests() {
    }

    /** @param kind optional: defaults to the tier's usual kind (STREET for a street tier…) */
    public record CreateOrg(
            @NotBlank @Pattern(regexp = OrgRules.CODE_PATTERN, message = "letters, digits, _ or -, at most 32") String code,
            @NotBlank @Size(max = OrgRules.MAX_NAME_LENGTH) String name,
            @NotNull OrgTier tier,
            OrgKind kind,
            String parentId) {
    }

    /** Every field optional: only those given change. */
    public record UpdateOrg(
            @Pattern(regexp = OrgRules.CODE_PATTERN, message = "letters, digits, _ or -, at most 32") String code,
            @Size(min = 1, max = OrgRules.MAX_NAME_LENGTH) String name,
            OrgKind kind) {
    }

    public record MoveOrg(@NotBlank String newParentId) {
    }

    public record RetireOrg(@Size(max = 200) String reason, String successorOrgId) {
    }
}
