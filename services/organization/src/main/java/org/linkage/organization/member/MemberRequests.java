package org.linkage.organization.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the Party member API. Unknown fields are refused (platform-web defaults). */
public final class MemberRequests {

    public static final String MOBILE = "1[3-9]\\d{9}";

    private MemberRequests() {
    }

    /**
     * @param workUnitId   a registered resident unit; its name then replaces {@code workUnitName}
     * @param workUnitName the employer when it is not a registered unit
     * @param gridId       a grid of the residence community
     */
    public record RegisterMember(@NotBlank @Size(max = 32) String name,
                                 Gender gender,
                                 @Pattern(regexp = MOBILE, message = "must be an 11-digit mobile number") String phone,
                                 String workUnitId,
                                 @Size(max = 64) String workUnitName,
                                 @NotBlank String residenceCommunityId,
                                 String gridId,
                                 @NotNull Boolean inService) {

        public RegisterMember {
            name = name == null ? null : name.strip();
            phone = blankToNull(phone);
            workUnitId = blankToNull(workUnitId);
            workUnitName = blankToNull(workUnitName);
            gridId = blankToNull(gridId);
        }
    }

    /**
     * @param communityId defaults to the member's residence community
     * @param gridId      a grid of that community; defaults to the member's own grid when it is their residence
     */
    public record ReportIn(String communityId, String gridId) {

        public static final ReportIn HOME = new ReportIn(null, null);

        public ReportIn {
            communityId = blankToNull(communityId);
            gridId = blankToNull(gridId);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
